/// What a scheduled prompt opens: one of the three rituals.
public enum PromptKind: Hashable, Sendable {
    /// The morning check-in.
    case morning
    /// The bedtime appreciation.
    case bedtime
    /// A doorway-pause reminder; `number` is its 1-based place among the
    /// `[[pause]]` tables of the config, as `tend schedule` lists them.
    case pause(number: Int, label: String)
    /// A meeting's opener or closer; `number` is its 1-based place among
    /// the `[[meeting]]` tables of the config.
    case meeting(number: Int, label: String, part: MeetingPart)
    /// The morning after a repair whose bedtime answer was "not yet": one
    /// gentle line offering to try again, once. Not in the schedule; see
    /// `RepairFollowUp`.
    case repairAgain(who: String, repair: RecordID)
    /// The weekly look-back (`[review]`, off unless the config turns it on).
    case review

    /// A short name for lists and notifications.
    public var title: String {
        switch self {
        case .morning: "Morning check-in"
        case .bedtime: "Bedtime appreciation"
        case .pause: "Doorway pause"
        case .meeting(_, _, .open): "Open the meeting"
        case .meeting(_, _, .close): "Close the meeting"
        case .repairAgain: "Try the repair again"
        case .review: "Weekly look-back"
        }
    }

    /// The pause's 1-based number, or nil for the two rituals.
    public var pauseNumber: Int? {
        if case .pause(let number, _) = self { return number }
        return nil
    }
}
