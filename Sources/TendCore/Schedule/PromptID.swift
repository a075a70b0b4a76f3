/// The stable name under which a prompt's firings are recorded:
/// `"morning"`, `"bedtime"`, or `"pause:09:55:before stand-up"`.
///
/// A pause's id is made of its time and label, not its position, so removing
/// one pause does not make another look unfired. Changing a pause's time
/// makes it a new prompt, which is what a user who moved it expects.
public struct PromptID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let morning = PromptID(rawValue: "morning")
    public static let bedtime = PromptID(rawValue: "bedtime")
    public static let review = PromptID(rawValue: "review")

    public static func pause(at time: TimeOfDay, label: String) -> PromptID {
        PromptID(rawValue: "pause:\(time):\(label)")
    }

    public var description: String { rawValue }

    public static func < (lhs: PromptID, rhs: PromptID) -> Bool { lhs.rawValue < rhs.rawValue }
}
