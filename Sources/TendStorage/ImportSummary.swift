/// What `tend import` did: how many records were added, how many were
/// already there, and which lines were refused and why.
public struct ImportSummary: Hashable, Sendable {
    /// A refused line of the input file.
    public struct Rejection: Hashable, Sendable {
        public let line: Int
        public let reason: String
    }

    public var added = 0
    public var alreadyPresent = 0
    public var rejected: [Rejection] = []

    public init() {}
}
