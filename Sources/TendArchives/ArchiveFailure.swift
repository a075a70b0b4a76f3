/// Why a zip or a CSV file cannot be read, as words that follow "Nothing
/// was imported: " ("it is empty", "the zip holds no Journal.json…").
public struct ArchiveFailure: Error, Hashable, Sendable {
    public let reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}
