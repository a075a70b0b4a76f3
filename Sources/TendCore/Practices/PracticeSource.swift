/// Where a practice card came from.
public enum PracticeSource: String, CaseIterable, Codable, Hashable, Sendable {
    /// Shipped with Tend, compiled into the binary.
    case builtIn = "built-in"
    /// Written by the user in `practices.toml` beside config.toml.
    case custom
}
