/// The one line a ritual started from the shell leaves there once its screen
/// has closed ("Saved your appreciation for Zoë."), from prompts.toml's
/// `[shell]`. Templates name their blanks in braces.
public struct ShellWords: Hashable, Sendable {
    public var checkIn: String
    public var pause: String
    public var pauseStopped: String
    public var pauses: String
    public var appreciation: String
    public var repair: String
    public var breath: String
    public var breathFor: String
    public var meetingThanks: String
    public var meetingThanksFor: String
    public var round: String
    public var roundFor: String
    public var review: String
    /// On the evening a week's focus ends: where its look back waits.
    public var lookBackWaits: String

    init(_ r: inout PromptFileReader) {
        checkIn = r.string("shell", "check_in"); pause = r.string("shell", "pause")
        pauseStopped = r.string("shell", "pause_stopped"); pauses = r.string("shell", "pauses")
        appreciation = r.string("shell", "appreciation"); repair = r.string("shell", "repair")
        breath = r.string("shell", "breath"); breathFor = r.string("shell", "breath_for")
        meetingThanks = r.string("shell", "meeting_thanks"); meetingThanksFor = r.string("shell", "meeting_thanks_for")
        round = r.string("shell", "round"); roundFor = r.string("shell", "round_for")
        review = r.string("shell", "review"); lookBackWaits = r.string("shell", "look_back_waits")
    }

    /// A meeting's line, with its name when it has one.
    public func forMeeting(_ plain: KeyPath<ShellWords, String>, _ named: KeyPath<ShellWords, String>,
                           label: String?, _ values: [String: String] = [:]) -> String {
        guard let label else { return SendingWords.fill(self[keyPath: plain], values) }
        return SendingWords.fill(self[keyPath: named], values.merging(["label": label]) { $1 })
    }
}
