import Foundation

/// The words of the guided repair, from prompts.toml, and the one check it
/// makes on what the user writes: a line that opens as a verdict ("you
/// always…") gets a gentle nudge toward the single moment.
public struct RepairWords: Hashable, Sendable {
    public var breath: String
    public var when: String
    /// One label per `Repair.Latency`, in its order.
    public var latencies: [String]
    public var whenTip: String
    public var who: String
    public var what: String
    public var whatTip: String
    /// Openings that turn a moment into a verdict, lowercase.
    public var blameOpenings: [String]
    public var blameNudge: String
    public var myPart: String
    public var myPartTip: String
    public var gesture: String
    /// Ids of the cards offered as a way back, in turn.
    public var gestures: [String]
    public var summary: String
    public var saved: String
    public var left: String
    /// The bedtime question about a repair; `{name}` stands for the person.
    public var landed: String
    /// Where to turn instead when a conflict involves fear or harm: this
    /// is not the tool for that, and the flow says so plainly.
    public var safety: String

    /// The label of a latency, e.g. "within the hour".
    public func label(of latency: Repair.Latency) -> String {
        let index = Repair.Latency.allCases.firstIndex(of: latency) ?? 0
        return index < latencies.count ? latencies[index] : latency.rawValue
    }

    /// The nudge when `line` opens with a verdict, else nil. Case,
    /// punctuation and typographic apostrophes are ignored.
    public func nudge(for line: String) -> String? {
        let words = line.lowercasedWords
        let isVerdict = blameOpenings.contains { opening in
            let start = opening.lowercasedWords
            return !start.isEmpty && words.starts(with: start)
        }
        return isVerdict ? blameNudge : nil
    }

    /// The bedtime question about a repair with `name`.
    public func landedQuestion(name: String) -> String {
        landed.replacingText("{name}", with: name)
    }
}
