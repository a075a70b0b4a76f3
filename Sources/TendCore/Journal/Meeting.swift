/// A ritual at work: a meeting opened with a breath together, or closed
/// with the round (what was useful, what was confusing, what gave energy).
/// A meeting opened with an appreciation is an `Appreciation` whose
/// `meeting` names it, not one of these.
public struct Meeting: Hashable, Sendable {
    /// Which ritual it was.
    public enum Ritual: String, CaseIterable, Hashable, Sendable {
        /// One slow breath together, at the start.
        case breath
        /// The three short answers, at the end.
        case round
    }

    public var ritual: Ritual
    /// The meeting's name, as the schedule or `--label` gave it ("stand-up").
    public var label: String?
    /// The round's answers, each one line and each skippable.
    public var useful: String?
    public var confusing: String?
    public var energising: String?

    public init(ritual: Ritual, label: String? = nil, useful: String? = nil, confusing: String? = nil,
                energising: String? = nil) {
        self.ritual = ritual
        self.label = label
        self.useful = useful
        self.confusing = confusing
        self.energising = energising
    }

    /// The round's answers that were given, in their order, as (field, text).
    public var answers: [(field: String, text: String)] {
        [("useful", useful), ("confusing", confusing), ("energising", energising)].compactMap { field, text in
            guard let text, !text.isEmpty else { return nil }
            return (field, text)
        }
    }
}
