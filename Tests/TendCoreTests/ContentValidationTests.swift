import Testing
import TendResources
@testable import TendCore

/// The built-in content is data; these checks keep it complete, tidy and
/// fit for a 40-column screen.
@Suite("Built-in content")
struct ContentValidationTests {
    let library = PracticeLibrary.builtIn
    let prompts = PromptLibrary.builtIn

    @Test("the built-in practices file loads without a single issue")
    func practicesLoadCleanly() {
        #expect(library.issues.map(\.description) == [])
    }

    @Test("there are at least 48 built-in cards")
    func atLeastFortyEightCards() {
        #expect(library.practices.count >= 48)
    }

    @Test("every group has at least five cards")
    func everyGroupPresent() {
        for group in PracticeGroup.allCases {
            #expect(library.practices(in: group).count >= 5, "group \(group.rawValue)")
        }
    }

    @Test("every audience is served by some card")
    func everyAudiencePresent() {
        for audience in Audience.allCases {
            #expect(!library.practices(for: audience).isEmpty, "audience \(audience.rawValue)")
        }
    }

    @Test("ids are unique and made of lowercase words joined by hyphens")
    func idsUniqueAndWellFormed() {
        let ids = library.practices.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(PracticeCardReader.isValidID(id), "id \(id)")
        }
    }

    @Test("no card has an empty field or an empty tag list")
    func noEmptyFields() {
        for card in library.practices {
            for text in [card.id, card.name, card.how, card.why] {
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "card \(card.id)")
            }
            #expect(!card.when.isEmpty && !card.where.isEmpty && !card.audiences.isEmpty, "card \(card.id)")
        }
    }

    @Test("card names fit in 40 columns")
    func namesFitFortyColumns() {
        for card in library.practices {
            #expect(card.name.displayWidth <= 40, "card \(card.id): \(card.name)")
        }
    }

    @Test("how and why are one line of at most 70 characters, ending in a full stop")
    func howAndWhyAreOneLine() {
        for card in library.practices {
            for text in [card.how, card.why] {
                #expect(text.count <= 70, "card \(card.id): \(text)")
                let isOneLine = !text.contains(where: \.isNewline)
                #expect(isOneLine, "card \(card.id)")
                #expect(text.hasSuffix(".") || text.hasSuffix("?"), "card \(card.id): \(text)")
            }
        }
    }

    @Test("no sentence is used on two cards")
    func sentencesAreNotReused() {
        let sentences = library.practices.flatMap { [$0.how, $0.why] }
        #expect(Set(sentences).count == sentences.count)
        let names = library.practices.map { $0.name.lowercased() }
        #expect(Set(names).count == names.count)
    }

    @Test("durations are between one second and ten minutes")
    func durationsAreSensible() {
        for card in library.practices {
            #expect((1...600).contains(card.seconds), "card \(card.id)")
        }
    }

    @Test("every tag in the built-in file is a known one")
    func everyTagKnown() {
        // Tags parse into enums, so an unknown one would surface as an issue;
        // check the parser sees every tag line and reports none.
        let unknown = library.issues.filter {
            if case .unknownValue = $0.problem { return true }
            return false
        }
        #expect(unknown.isEmpty)
        let headers = EmbeddedResources.practicesTOML.split(separator: "\n").filter { $0 == "[[practice]]" }
        #expect(headers.count == library.practices.count)
    }

    @Test("research is never overclaimed with words like proven or always")
    func noOverclaiming() {
        let banned = ["proven", "always", "guarantee", "science says", "studies show", "never fails"]
        for card in library.practices {
            let why = card.why.lowercased()
            for word in banned {
                #expect(!why.contains(word), "card \(card.id): \(card.why)")
            }
        }
    }

    @Test("the built-in prompts file loads without a single issue")
    func promptsLoadCleanly() {
        #expect(prompts.issues.map(\.description) == [])
    }

    @Test("there are at least 20 distinct bedtime prompts, each fitting 40 columns")
    func bedtimePromptsFit() {
        #expect(prompts.bedtime.prompts.count >= 20)
        #expect(Set(prompts.bedtime.prompts).count == prompts.bedtime.prompts.count)
        for prompt in prompts.bedtime.prompts + [prompts.bedtime.guide] {
            #expect(prompt.displayWidth <= 40, "\(prompt)")
        }
    }

    @Test("every intention has a label, a summary and pause cues that fit 40 columns")
    func intentionsDescribed() {
        for intention in Intention.allCases {
            let description = prompts.intentions.description(of: intention)
            #expect(!description.label.isEmpty && !description.summary.isEmpty)
            #expect(description.pauseCues.count >= 3, "\(intention)")
            for line in [description.label, description.summary] + description.pauseCues {
                #expect(line.displayWidth <= 40, "\(intention): \(line)")
            }
        }
    }

    @Test("pause words, nudges and group titles are all present and short")
    func screenWordsPresent() {
        let pause = prompts.pause
        for word in [pause.arrive, pause.breatheIn, pause.breatheOut, pause.choose, pause.done] {
            #expect(!word.isEmpty && word.displayWidth <= 40, "\(word)")
        }
        #expect(prompts.appreciation.nudges.count >= 3)
        #expect(prompts.appreciation.genericPhrases.count >= 10)
        for line in prompts.appreciation.nudges + [prompts.appreciation.tip, prompts.appreciation.example, prompts.outsidePreferencesNote] {
            #expect(!line.isEmpty && line.count <= 70, "\(line)")
        }
        for group in PracticeGroup.allCases {
            #expect(prompts.title(of: group) != group.rawValue, "\(group)")
            #expect(prompts.title(of: group).displayWidth <= 40)
        }
    }

    @Test("the specific example is not itself generic")
    func exampleIsSpecific() {
        #expect(!prompts.appreciation.isGeneric(prompts.appreciation.example))
    }
}
