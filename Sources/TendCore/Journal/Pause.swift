/// A doorway pause: a few seconds of breath and one intention before going in.
public struct Pause: Hashable, Sendable {
    /// How a pause ended.
    public enum Outcome: String, CaseIterable, Hashable, Sendable {
        case completed, cancelled
    }

    public var intention: Intention
    public var plannedSeconds: Int
    /// Measured on a monotonic clock; tenths of a second are kept.
    public var actualSeconds: Double
    public var outcome: Outcome

    public init(intention: Intention, plannedSeconds: Int, actualSeconds: Double, outcome: Outcome) {
        self.intention = intention
        self.plannedSeconds = plannedSeconds
        self.actualSeconds = actualSeconds
        self.outcome = outcome
    }
}
