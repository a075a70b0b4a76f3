/// How one intention is put into words on the check-in and pause screens.
public struct IntentionDescription: Hashable, Sendable {
    public var intention: Intention
    /// The word on the choice, e.g. "Listen".
    public var label: String
    /// One line for the morning check-in.
    public var summary: String
    /// Short cues for the doorway pause; one is shown per pause.
    public var pauseCues: [String]

    public init(intention: Intention, label: String, summary: String, pauseCues: [String]) {
        self.intention = intention; self.label = label
        self.summary = summary; self.pauseCues = pauseCues
    }
}
