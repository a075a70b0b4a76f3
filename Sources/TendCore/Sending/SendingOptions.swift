/// `[sending]` in config.toml.
public struct SendingOptions: Hashable, Sendable {
    /// The line that invites the person to try the ritual too, added to the
    /// first message sent to each person.
    public enum Invite: Hashable, Sendable {
        /// Tend's own words (prompts.toml).
        case standard
        /// `invite = false`: never.
        case off
        /// `invite = "…"`: the user's own words.
        case custom(String)
    }

    public var invite: Invite

    public init(invite: Invite = .standard) {
        self.invite = invite
    }
}
