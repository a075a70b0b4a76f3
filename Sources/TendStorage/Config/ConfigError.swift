import TendCore

/// Why a change to config.toml was not made. In every case the file is left
/// exactly as it was.
public enum ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not valid TOML, so Tend will not edit it.
    case notValidTOML(ConfigProblem)
    /// `remove-pause N` with no pause N.
    case noSuchPause(number: Int, count: Int)
    /// `add-pause` with the time and label of an existing pause.
    case duplicatePause(time: TimeOfDay, label: String)
    /// `remove-meeting N` with no meeting N.
    case noSuchMeeting(number: Int, count: Int)
    /// `add-meeting` with the time and label of an existing meeting.
    case duplicateMeeting(time: TimeOfDay, label: String)
    /// `add-meeting` with an empty label, or a close time not after the start.
    case invalidMeeting(String)
    /// `--days` that Tend cannot read.
    case invalidDays(String)
    /// The file is laid out in a way the careful editor does not follow
    /// (an inline table, say); the edit was checked and refused.
    case cannotEditSafely(file: String)
    /// Reading the file failed.
    case unreadable(file: String, reason: String)
    /// Writing the file failed; the old file is untouched.
    case storage(StorageError)

    public var description: String {
        switch self {
        case .notValidTOML(let problem):
            return "\(problem) Nothing was changed; fix that first, then try again."
        case .noSuchPause(let number, let count):
            let have = count == 0 ? "There are no doorway pauses yet" : "There \(count == 1 ? "is 1 pause" : "are \(count) pauses")"
            return "There's no pause \(number). \(have); `tend schedule` lists them with their numbers."
        case .duplicatePause(let time, let label):
            return "There's already a pause at \(time) called \"\(SafeText.line(label))\". Nothing was changed."
        case .noSuchMeeting(let number, let count):
            let have = count == 0 ? "There are no meetings yet" : "There \(count == 1 ? "is 1 meeting" : "are \(count) meetings")"
            return "There's no meeting \(number). \(have); `tend schedule` lists them with their numbers."
        case .duplicateMeeting(let time, let label):
            return "There's already a meeting at \(time) called \"\(SafeText.line(label))\". Nothing was changed."
        case .invalidMeeting(let reason):
            return "\(reason) Nothing was changed."
        case .invalidDays(let text):
            return "\"\(SafeText.line(text))\" isn't a set of days Tend knows. Try \(Weekdays.expectation)."
        case .cannotEditSafely(let file):
            return "\(file) is laid out in a way Tend can't edit safely, so it left it untouched. Please make this change by hand."
        case .unreadable(let file, let reason):
            return "Couldn't read \(file): \(reason)."
        case .storage(let error):
            return "\(error) Your config file is unchanged."
        }
    }
}
