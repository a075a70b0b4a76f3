import Testing
import TendResources
@testable import TendCore

/// The built-in content is data; these checks keep it complete, tidy and
/// fit for a 40-column screen. The checks on wording (banned claims, cards
/// drifting into copies of each other) are in `ContentWordingTests`.
@Suite("Built-in content")
struct ContentValidationTests {
    let library = PracticeLibrary.builtIn
    let prompts = PromptLibrary.builtIn

    @Test("the built-in practices file loads without a single issue")
    func practicesLoadCleanly() {
        #expect(library.issues.map(\.description) == [])
    }

    @Test("there are at least 90 built-in cards")
    func atLeastNinetyCards() {
        #expect(library.practices.count >= 90)
    }

    @Test("every group has at least eight cards")
    func everyGroupPresent() {
        for group in PracticeGroup.allCases {
            #expect(library.practices(in: group).count >= 8, "group \(group.rawValue)")
        }
    }

    @Test("every audience has at least six cards")
    func everyAudiencePresent() {
        for audience in Audience.allCases {
            #expect(library.practices(for: audience).count >= 6, "audience \(audience.rawValue)")
        }
    }

    @Test("every time of day has at least eight cards, the night included")
    func everyTimePresent() {
        for time in PracticeTime.allCases {
            #expect(library.practices.filter { $0.when.contains(time) }.count >= 8, "time \(time.rawValue)")
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

    @Test("cards that journals already name keep their ids")
    func rewrittenCardsKeepTheirIDs() {
        // Reworded under the same id rather than replaced, so old check-ins
        // still show a name in `tend log` and browse.
        let kept = ["one-thing-you-loved", "echo-their-word", "a-quick-seen-it", "lend-a-hand",
                    "ten-minutes-of-hello", "a-real-smile", "one-minute-close", "reset-signal", "short-voice-note"]
        for id in kept {
            #expect(library.practice(withID: id) != nil, "id \(id)")
        }
    }

    @Test("no card has an empty field or an empty tag list")
    func noEmptyFields() {
        for card in library.practices {
            for text in [card.id, card.name, card.how, card.why, card.followUp] {
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "card \(card.id)")
            }
            #expect(!card.when.isEmpty && !card.where.isEmpty && !card.audiences.isEmpty, "card \(card.id)")
        }
    }

    @Test("card names fit in 40 columns and stay unique when cut there")
    func namesFitFortyColumns() {
        var seen: [String: String] = [:]
        for card in library.practices {
            #expect(card.name.displayWidth <= 40, "card \(card.id): \(card.name)")
            let shown = card.name.truncated(toWidth: 40, ellipsis: "").lowercased()
            #expect(seen[shown] == nil, "cards \(seen[shown] ?? "") and \(card.id) both show \"\(shown)\"")
            seen[shown] = card.id
        }
    }

    @Test("how and why are one line of at most 70 characters, ending in a full stop")
    func howAndWhyAreOneLine() {
        for card in library.practices {
            for text in [card.how, card.why] {
                #expect(text.count <= 70, "card \(card.id): \(text)")
                let isOneLine = !text.contains(where: \.isNewline)
                #expect(isOneLine, "card \(card.id)")
                let ending = text.hasSuffix("\"") ? String(text.dropLast()) : text
                #expect(ending.hasSuffix(".") || ending.hasSuffix("?"), "card \(card.id): \(text)")
            }
        }
    }

    @Test("every card has its own evening question, two lines at most on a 40-column screen")
    func everyCardHasAFollowUp() {
        for card in library.practices {
            let question = card.followUp
            #expect(question.hasSuffix("?"), "card \(card.id): \(question)")
            let isOneLine = !question.contains(where: \.isNewline)
            #expect(question.count <= 70 && isOneLine, "card \(card.id)")
            #expect(question.wrapped(toWidth: 36).count <= 2, "card \(card.id): \(question)")
            #expect(prompts.followUp(for: card) == question)
        }
    }

    @Test("no sentence, question or name is used on two cards")
    func sentencesAreNotReused() {
        let sentences = library.practices.flatMap { [$0.how, $0.why, $0.followUp] }
        #expect(Set(sentences).count == sentences.count)
        let names = library.practices.map { $0.name.lowercased() }
        #expect(Set(names).count == names.count)
    }

    @Test("every card takes at most two minutes")
    func durationsAreSensible() {
        for card in library.practices {
            #expect((1...120).contains(card.seconds), "card \(card.id): \(card.seconds) seconds")
        }
    }

    @Test("every card for strangers, and every card with touch, asks first or says where it is welcome")
    func touchAndStrangersAskFirst() {
        let touch = ["hug", "kiss", "touch", "hand on", "squeeze", "shoulder", "high five"]
        for card in library.practices {
            let how = card.how.lowercased()
            let words = how.lowercasedWords
            let touches = touch.contains { phrase in
                let run = phrase.lowercasedWords
                return words.indices.contains { words[$0...].starts(with: run) }
            }
            guard touches || card.audiences.contains(.stranger) else { continue }
            #expect(words.contains("ask") || how.contains("welcome"), "card \(card.id): \(card.how)")
        }
    }

    @Test("the five-to-one figure appears only where it was measured: in hard talks")
    func ratioStaysWithTension() {
        for card in library.practices {
            let text = [card.how, card.why, card.followUp].joined(separator: " ").lowercased()
            let citesRatio = ["5 warm", "five warm", "5:1", "five to one", "5 to 1"].contains(where: text.contains)
            if citesRatio {
                #expect(card.group == .duringTension, "card \(card.id)")
                #expect(text.contains("hard talk") || text.contains("argu") || text.contains("conflict"), "card \(card.id)")
            }
        }
        let compass = prompts.balance.compass.lowercased()
        #expect(compass.contains("hard talk") && compass.contains("compass"), "\(prompts.balance.compass)")
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

    @Test("the repair says where to turn when there is fear or harm, in two lines at 40 columns")
    func safetyLineFits() {
        let safety = prompts.repair.safety
        #expect(!safety.isEmpty)
        #expect(safety.wrapped(toWidth: 36).count <= 2, "\(safety)")
        #expect(safety.lowercased().contains("harm") && safety.lowercased().contains("helpline"))
    }

    @Test("the default evening question for custom cards is short and a question")
    func defaultFollowUpFits() {
        let question = prompts.followUpDefault
        #expect(question.hasSuffix("?") && question.wrapped(toWidth: 36).count <= 2, "\(question)")
    }

    @Test("the specific example is not itself generic")
    func exampleIsSpecific() {
        #expect(!prompts.appreciation.isGeneric(prompts.appreciation.example))
    }
}
