/// "Specific beats generic": spots a bedtime sentence that is only a stock
/// phrase ("thanks for everything") and offers one gentle nudge toward a
/// concrete moment. The words and the phrases live in prompts.toml.
public struct AppreciationNudges: Hashable, Sendable {
    /// How many words beyond a stock phrase (a name, "so much") still count
    /// as generic.
    public static let extraWordsAllowed = 2

    /// One line explaining the idea.
    public var tip: String
    /// A specific sentence, as an example to follow.
    public var example: String
    /// Gentle follow-up questions; one is shown.
    public var nudges: [String]
    /// Stock phrases, lowercase.
    public var genericPhrases: [String]

    public init(tip: String, example: String, nudges: [String], genericPhrases: [String]) {
        self.tip = tip; self.example = example
        self.nudges = nudges; self.genericPhrases = genericPhrases
    }

    /// True when the sentence is a stock phrase with at most
    /// `extraWordsAllowed` other words. Case and punctuation are ignored.
    public func isGeneric(_ sentence: String) -> Bool {
        let words = sentence.lowercasedWords
        guard !words.isEmpty else { return false }
        return genericPhrases.contains { phrase in
            let phraseWords = phrase.lowercasedWords
            return !phraseWords.isEmpty
                && words.count - phraseWords.count <= Self.extraWordsAllowed
                && Self.contains(words, run: phraseWords)
        }
    }

    /// A nudge for a generic sentence, nil for a specific one. The same
    /// sentence always gets the same nudge.
    public func nudge(for sentence: String) -> String? {
        guard isGeneric(sentence), !nudges.isEmpty else { return nil }
        let key = sentence.lowercasedWords.joined(separator: " ")
        return nudges[Int(StableHash.of(key) % UInt64(nudges.count))]
    }

    private static func contains(_ words: [String], run: [String]) -> Bool {
        guard run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { start in
            words[start..<(start + run.count)].elementsEqual(run)
        }
    }
}
