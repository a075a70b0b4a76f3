/// The change that marks an appreciation, or a repair's words, as sent:
/// when, and how.
public struct SentMark: Hashable, Sendable {
    public var sent: LocalTime
    public var via: SentVia

    public init(sent: LocalTime, via: SentVia) {
        self.sent = sent
        self.via = via
    }
}
