/// `TEND_NOW` is set but is not a time Tend can read.
public struct WallClockOverrideError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text that was found.
    public var value: String

    public init(value: String) { self.value = value }

    public var description: String {
        "TEND_NOW is \"\(value)\"; expected a local time like 2026-03-29T07:29:55."
    }
}
