import TendCore

/// Why a change to people.toml was not made. The file is left exactly as it was.
public enum PeopleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not valid TOML, so Tend will not edit it.
    case notValidTOML(ConfigProblem)
    /// `remove` of someone the file does not list.
    case noSuchPerson(name: String, file: String)
    /// What `add` was given cannot work (an address without @, an empty command).
    case invalid(String)
    /// The person is written in a form the careful editor does not follow
    /// (an inline table, dotted keys); the edit was refused.
    case cannotEditSafely(file: String)
    case unreadable(file: String, reason: String)
    /// Writing failed; the old file is untouched.
    case storage(StorageError)

    public var description: String {
        switch self {
        case .notValidTOML(let problem):
            return "\(problem) Nothing was changed; fix that first, then try again."
        case .noSuchPerson(let name, let file):
            return "\(file) has no one called \(SafeText.line(name)). `tend people` lists who is there."
        case .invalid(let reason):
            return "\(reason) Nothing was changed."
        case .cannotEditSafely(let file):
            return "\(file) is laid out in a way Tend can't edit safely, so it left it untouched. Please make this change by hand."
        case .unreadable(let file, let reason):
            return "Couldn't read \(file): \(reason)."
        case .storage(let error):
            return "\(error) people.toml is unchanged."
        }
    }
}
