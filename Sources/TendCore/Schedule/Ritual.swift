/// The two daily rituals that have a fixed place in the config
/// (`[morning]` and `[bedtime]`), as opposed to the doorway pauses.
public enum Ritual: String, CaseIterable, Hashable, Sendable {
    case morning
    case bedtime

    /// The config table that holds it.
    public var tableName: String { rawValue }

    public var kind: PromptKind {
        switch self {
        case .morning: .morning
        case .bedtime: .bedtime
        }
    }
}
