/// The weekly look-back: the seven local days it covers, what went well,
/// and, if the user wants, one thing worth talking about with someone. The
/// week's appreciations, focus and balance are read from the journal, not
/// copied here.
public struct Review: Hashable, Sendable {
    /// The first and last local day of the week looked back on.
    public var from: LocalDay
    public var to: LocalDay
    public var wentWell: String
    /// Kept for the user alone: never sent, never put on a gift page.
    public var talkAbout: String?

    public init(from: LocalDay, to: LocalDay, wentWell: String, talkAbout: String? = nil) {
        self.from = from
        self.to = to
        self.wentWell = wentWell
        self.talkAbout = talkAbout
    }
}
