import Foundation

/// The words for notice, listen and encourage, from prompts.toml.
public struct IntentionGuide: Hashable, Sendable {
    private var descriptions: [Intention: IntentionDescription]

    public init(_ descriptions: [IntentionDescription]) {
        var byIntention: [Intention: IntentionDescription] = [:]
        for description in descriptions { byIntention[description.intention] = description }
        self.descriptions = byIntention
    }

    /// The description of an intention. A missing label (only possible
    /// with a broken prompts file) falls back to the intention's own name.
    public func description(of intention: Intention) -> IntentionDescription {
        var description = descriptions[intention]
            ?? IntentionDescription(intention: intention, label: "", summary: "", pauseCues: [])
        if description.label.isEmpty { description.label = intention.rawValue.capitalized }
        return description
    }

    /// The word on the choice, e.g. "Notice".
    public func label(of intention: Intention) -> String {
        description(of: intention).label
    }

    /// One line for the morning check-in.
    public func summary(of intention: Intention) -> String {
        description(of: intention).summary
    }

    /// The pause cue for the `count`-th pause (any number; the cues take turns).
    public func pauseCue(for intention: Intention, count: Int) -> String {
        let cues = description(of: intention).pauseCues
        guard !cues.isEmpty else { return "" }
        return cues[((count % cues.count) + cues.count) % cues.count]
    }
}
