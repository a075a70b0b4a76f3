/// Something config.toml says that Tend cannot use. The file is left as it
/// is; Tend uses its default for that part and shows this message.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
    /// What sort of problem it is.
    public enum Kind: Hashable, Sendable {
        /// The file is not valid TOML; nothing in it is used.
        case syntax
        /// The file exists but cannot be read.
        case unreadable
        /// A value of the right type that makes no sense: "25:00", "mun".
        case invalidValue
        /// A value of the wrong TOML type: a number where a time belongs.
        case wrongType
        /// A key Tend does not know, often a typo.
        case unknownKey
        /// A required key is absent (a pause without a time).
        case missingKey
        /// A second pause (or meeting) with the same time and label.
        case duplicate
    }

    public var kind: Kind
    /// The config file's path.
    public var file: String
    /// Where in the file: `morning.time`, `pause[2].days` (pauses are counted
    /// from 1, as `tend schedule` lists them), or empty for the whole file.
    public var key: String
    /// What the file holds there, as the user would recognise it.
    public var found: String
    /// What would work instead.
    public var expected: String
    /// The line, when the TOML library reports one.
    public var line: Int?

    public init(kind: Kind, file: String, key: String, found: String, expected: String, line: Int? = nil) {
        self.kind = kind
        self.file = file
        self.key = key
        self.found = found
        self.expected = expected
        self.line = line
    }

    /// One plain sentence naming the file, the key, what was found and what would work.
    public var description: String {
        let place = line.map { "\(file), line \($0)" } ?? file
        switch kind {
        case .syntax:
            return "\(place): this isn't valid TOML (\(found)). Expected \(expected)."
        case .unreadable:
            return "\(place): couldn't read it (\(found)). Expected \(expected)."
        case .unknownKey:
            return "\(place): \(key) isn't a setting Tend knows. Expected \(expected)."
        case .missingKey:
            return "\(place): \(key) is missing. Expected \(expected)."
        case .duplicate:
            let what = key.hasPrefix("meeting") ? "meeting" : "pause"
            return "\(place): \(key) repeats an earlier \(what) (\(found)). Expected \(expected)."
        case .invalidValue, .wrongType:
            return "\(place): \(key) is \(found). Expected \(expected)."
        }
    }
}
