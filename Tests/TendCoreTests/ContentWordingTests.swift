import Testing
import TOMLKit
import TendResources
@testable import TendCore

/// The wording of the built-in content: no claim the research does not
/// make, no coaching text that shouts, and no two cards drifting into
/// copies of each other. Every string in both files is checked, so a field
/// added later is covered too.
@Suite("Built-in wording")
struct ContentWordingTests {
    /// Words that overclaim what the research shows, or dress it up as
    /// brain chemistry. Matched anywhere, ignoring case ("rewire" also
    /// catches "rewiring").
    static let overclaiming = [
        "proven", "guarantee", "always works", "rewire", "oxytocin", "dopamine", "brain chemistry",
        "science says", "studies show", "never fails",
    ]
    /// Words from a clinic, which Tend is not.
    static let clinical = ["therapy", "therapist", "trauma", "disorder", "diagnos", "symptom", "cortisol"]
    /// The longest run of words two cards may share.
    static let longestSharedRun = 5

    /// Every string value in a TOML document with its key path, lists included.
    static func strings(in text: String) throws -> [(path: String, text: String)] {
        func walk(_ value: any TOMLValueConvertible, _ path: String) -> [(path: String, text: String)] {
            if let string = value.string { return [(path, string)] }
            if let array = value.array {
                return array.enumerated().flatMap { walk($1, "\(path)[\($0)]") }
            }
            if let table = value.table {
                return table.keys.sorted().flatMap { key in table[key].map { walk($0, path.isEmpty ? key : "\(path).\(key)") } ?? [] }
            }
            return []
        }
        return walk(try TOMLTable(string: text), "")
    }

    static var everyString: [(path: String, text: String)] {
        get throws {
            try strings(in: EmbeddedResources.practicesTOML).map { ("practices.toml: \($0.path)", $0.text) }
                + strings(in: EmbeddedResources.promptsTOML).map { ("prompts.toml: \($0.path)", $0.text) }
        }
    }

    @Test("the walk sees every field of every card and every prompt")
    func walkSeesEverything() throws {
        let strings = try Self.everyString
        let library = PracticeLibrary.builtIn
        let cardTexts = Set(strings.filter { $0.path.hasPrefix("practices.toml") }.map(\.text))
        for card in library.practices {
            #expect(cardTexts.isSuperset(of: [card.id, card.name, card.how, card.why, card.followUp]), "card \(card.id)")
        }
        let promptTexts = Set(strings.map(\.text))
        #expect(promptTexts.contains(PromptLibrary.builtIn.repair.safety))
        #expect(promptTexts.isSuperset(of: PromptLibrary.builtIn.bedtime.prompts))
    }

    @Test("no card or prompt overclaims or talks about brain chemistry")
    func noOverclaiming() throws {
        for (path, text) in try Self.everyString {
            let lowered = text.lowercased()
            for word in Self.overclaiming + Self.clinical {
                #expect(!lowered.contains(word), "\(path): \"\(text)\" uses \"\(word)\"")
            }
        }
    }

    @Test("a card's why never says always")
    func whyNeverSaysAlways() {
        for card in PracticeLibrary.builtIn.practices {
            #expect(!card.why.lowercasedWords.contains("always"), "card \(card.id): \(card.why)")
        }
    }

    @Test("coaching text has no exclamation marks")
    func noExclamationMarks() throws {
        for (path, text) in try Self.everyString {
            #expect(!text.contains("!"), "\(path): \(text)")
        }
    }

    /// The runs of `length` words in a text, lowercase, punctuation stripped.
    static func runs(of text: String, length: Int) -> Set<[String]> {
        let words = text.lowercasedWords
        guard words.count >= length else { return [] }
        return Set((0...(words.count - length)).map { Array(words[$0..<($0 + length)]) })
    }

    @Test("no two cards share a run of six or more words")
    func cardsDoNotShareRuns() {
        let length = Self.longestSharedRun + 1
        var owner: [[String]: String] = [:]
        for card in PracticeLibrary.builtIn.practices {
            // Runs stop at the end of a field: a name and a how are separate texts.
            let runs = [card.name, card.how, card.why, card.followUp].reduce(into: Set<[String]>()) {
                $0.formUnion(Self.runs(of: $1, length: length))
            }
            for run in runs {
                if let first = owner[run] {
                    Issue.record("cards \(first) and \(card.id) share \"\(run.joined(separator: " "))\"")
                } else {
                    owner[run] = card.id
                }
            }
        }
    }

    @Test("the run check catches a shared run and ignores punctuation and case")
    func runCheckWorks() {
        let one = Self.runs(of: "When they share good news, light up and listen.", length: 6)
        let two = Self.runs(of: "Smile. WHEN they share good-news, LIGHT up.", length: 6)
        #expect(!one.isDisjoint(with: two))
        #expect(Self.runs(of: "Five words are not enough", length: 6).isEmpty)
    }

    @Test("the wording flagged as too close to its sources is gone")
    func flaggedWordingIsGone() throws {
        let flagged = [
            "one specific thing you valued today", "on your mind while apart", "set the evening's tone",
            "what helped, what puzzled", "ends with a question", "warmth text can't", "a squeeze, a face",
            "repeat a key word", "let the smile reach your eyes", "steady a pram", "five positives",
            "silence in text reads as distance", "reaches them twice", "people are kind", "restores it",
            "people you can count on",
        ]
        for (path, text) in try Self.everyString {
            for phrase in flagged {
                #expect(!text.lowercased().contains(phrase), "\(path): \(text)")
            }
        }
    }
}
