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
    /// Of `added`, records whose id was here with other contents: both are
    /// kept, and every reader shows the same one (`tend doctor` lists them).
    public var otherVersions = 0
    public var rejected: [ImportSummary.Rejection] = []
    /// Set when the file holds no JSON at all (then nothing was imported).
    public var unrecognized: ImportParser.Format?
    /// Month paths that could not be read while looking for what is already here.
    public var skipped: [SkippedFile] = []

    public init() {}
}
