import Testing
import TendCore

/// The draft of the words is assembled from three optional answers; every
/// one of the eight combinations of given and skipped answers reads right.
@Suite("The repair's draft of the words")
struct RepairDraftTests {
    let words = PromptLibrary.builtIn.repairDraft

    static let forThem = "you felt brushed aside"
    static let meant = "I wanted us to have the evening"
    static let step = "talk it through tonight, just us"

    static let impact = "I think I see how that was for you: you felt brushed aside."
    static let intention = "What I meant was this: I wanted us to have the evening."
    static let next = "What I would like to do next: talk it through tonight, just us."

    struct Case: Sendable, CustomTestStringConvertible {
        var forThem: String?, meant: String?, step: String?
        var expected: String
        var testDescription: String {
            [forThem == nil ? "-" : "them", meant == nil ? "-" : "meant", step == nil ? "-" : "step"].joined(separator: " ")
        }
    }

    static let cases: [Case] = [
        Case(forThem: nil, meant: nil, step: nil,
             expected: "I have been thinking about earlier. Can we talk when you have a moment?"),
        Case(forThem: forThem, meant: nil, step: nil, expected: impact),
        Case(forThem: nil, meant: meant, step: nil, expected: intention),
        Case(forThem: nil, meant: nil, step: step, expected: next),
        Case(forThem: forThem, meant: meant, step: nil, expected: "\(impact) \(intention)"),
        Case(forThem: forThem, meant: nil, step: step, expected: "\(impact) \(next)"),
        Case(forThem: nil, meant: meant, step: step, expected: "\(intention) \(next)"),
        Case(forThem: forThem, meant: meant, step: step, expected: "\(impact) \(intention) \(next)"),
    ]

    @Test("each combination of given and skipped answers", arguments: cases)
    func combination(_ c: Case) {
        #expect(words.draft(forThem: c.forThem, meant: c.meant, nextStep: c.step) == c.expected)
    }

    @Test("an answer of only spaces counts as skipped", arguments: cases)
    func blankIsSkipped(_ c: Case) {
        #expect(words.draft(forThem: c.forThem ?? "   ", meant: c.meant ?? "", nextStep: c.step ?? " \t") == c.expected)
    }

    @Test("an answer's own closing stop is not doubled, and spaces around it go")
    func closingStops() {
        #expect(words.draft(forThem: "  you felt left out.  ", meant: "to help!", nextStep: "walk later…")
            == "I think I see how that was for you: you felt left out. What I meant was this: to help. "
            + "What I would like to do next: walk later.")
    }

    @Test("an answer that is only punctuation counts as skipped")
    func onlyPunctuation() {
        #expect(words.draft(forThem: "...", meant: nil, nextStep: nil) == words.draftEmpty)
    }

    @Test("the morning line names the person")
    func againLine() {
        #expect(words.againLine(name: "Ana") == "Yesterday's repair with Ana: try again today?")
    }

    @Test("every next step to pick fits its list at 40 columns and reads after the draft's lead")
    func nextStepsFit() {
        #expect(words.nextSteps.count >= 6)
        for step in words.nextSteps {
            #expect(step.displayWidth <= 34, "\(step)")
            #expect(step.first?.isLowercase == true && !step.hasSuffix("."), "\(step)")
        }
    }
}
