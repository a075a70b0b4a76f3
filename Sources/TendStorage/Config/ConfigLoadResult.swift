import TendCore

/// What loading config.toml gave: settings to run with, and anything in the
/// file that had to be set aside.
public struct ConfigLoadResult: Hashable, Sendable {
    /// The settings: the file's where it made sense, the defaults elsewhere.
    public var config: TendConfig
    /// Empty when the file is fine or absent.
    public var problems: [ConfigProblem]
    /// False when there is no file (which is fine: Tend runs on its defaults).
    public var fileExists: Bool

    public init(config: TendConfig, problems: [ConfigProblem], fileExists: Bool) {
        self.config = config
        self.problems = problems
        self.fileExists = fileExists
    }

    public var hasProblems: Bool { !problems.isEmpty }

    /// The problems as home names them: the file by its name, the key, what
    /// it holds and what would work; the first also says what Tend does
    /// meanwhile (and how many more there are).
    public var homeNotes: [String] {
        var notes = problems.map { problem -> String in
            var short = problem
            short.file = String(problem.file.split(separator: "/").last ?? Substring(problem.file))
            return short.description
        }
        guard !notes.isEmpty else { return [] }
        notes[0] += problems.count == 1
            ? " Until then Tend uses its default there; your file is untouched."
            : " Tend uses its defaults for this and \(problems.count - 1) more until they are fixed; `tend schedule` lists them."
        return notes
    }

    /// A line for the home screen when there are problems.
    public static let fallbackNote = "Some settings couldn't be read, so Tend is using its defaults for those. Your file is untouched."
}
