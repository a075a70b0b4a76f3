import TendCore

/// What reading people.toml gave: who can be reached, and what in the file
/// had to be set aside (each problem names its key and line).
public struct PeopleLoadResult: Hashable, Sendable {
    public var book: PeopleBook
    public var problems: [ConfigProblem]
    /// False when there is no file yet (then nobody is set up, which is fine).
    public var fileExists: Bool

    public init(book: PeopleBook, problems: [ConfigProblem], fileExists: Bool) {
        self.book = book
        self.problems = problems
        self.fileExists = fileExists
    }
}
