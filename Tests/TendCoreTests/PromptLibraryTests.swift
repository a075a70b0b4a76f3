import Testing
@testable import TendCore

/// Bedtime prompts, intention cues and appreciation nudges.
@Suite("Prompts")
struct PromptLibraryTests {
    let prompts = PromptLibrary.builtIn

    @Test("the same day gives the same bedtime prompt")
    func sameDaySamePrompt() {
        #expect(prompts.bedtime.prompt(forDay: 20_100) == PromptLibrary.builtIn.bedtime.prompt(forDay: 20_100))
        #expect(!prompts.bedtime.prompt(forDay: 20_100).isEmpty)
    }

    @Test("bedtime prompts rotate: consecutive days differ and every prompt comes before any repeats")
    func promptsRotate() {
        let count = prompts.bedtime.prompts.count
        let run = (20_000..<(20_000 + count)).map { prompts.bedtime.prompt(forDay: $0) }
        #expect(Set(run).count == count)
        #expect(prompts.bedtime.prompt(forDay: 20_000) == prompts.bedtime.prompt(forDay: 20_000 + count))
    }

    @Test("bedtime prompts work for days before 1970")
    func negativeDays() {
        #expect(prompts.bedtime.prompts.contains(prompts.bedtime.prompt(forDay: -3)))
    }

    @Test("pause cues take turns and stay within the intention's own cues")
    func pauseCuesRotate() {
        let cues = prompts.intentions.description(of: .listen).pauseCues
        let shown = (0..<cues.count).map { prompts.intentions.pauseCue(for: .listen, count: $0) }
        #expect(shown == cues)
        #expect(prompts.intentions.pauseCue(for: .listen, count: cues.count) == cues[0])
    }

    @Test("the doorway pause has its breathing words")
    func pauseWords() {
        #expect(prompts.pause.breatheIn == "breathe in")
        #expect(prompts.pause.breatheOut == "breathe out")
    }

    @Test("a stock phrase, with or without a name, is generic")
    func genericPhrasesDetected() {
        let nudges = prompts.appreciation
        #expect(nudges.isGeneric("Thanks for everything!"))
        #expect(nudges.isGeneric("thanks for everything, Sam"))
        #expect(nudges.isGeneric("You\u{2019}re the BEST."))
        #expect(nudges.isGeneric("Love you so much"))
    }

    @Test("a specific sentence is not generic, even when it says thanks")
    func specificSentencesPass() {
        let nudges = prompts.appreciation
        #expect(!nudges.isGeneric("Thanks for walking the dog in the rain so I could finish my call."))
        #expect(!nudges.isGeneric("You read the bedtime story in three different voices tonight."))
        #expect(!nudges.isGeneric(""))
    }

    @Test("a generic sentence gets one of the nudges, the same one each time")
    func nudgeForGeneric() throws {
        let nudges = prompts.appreciation
        let nudge = try #require(nudges.nudge(for: "thanks for everything"))
        #expect(nudges.nudges.contains(nudge))
        #expect(nudges.nudge(for: "Thanks for everything.") == nudge)
        #expect(nudges.nudge(for: "You fixed my bike chain before work.") == nil)
    }

    @Test("a broken prompts file reports the line and leaves the fields empty")
    func brokenPromptsFile() throws {
        let library = PromptLibrary(text: "[bedtime]\nprompts = [\"a\",\n", source: "prompts.toml")
        let issue = try #require(library.issues.first)
        #expect(library.issues.count == 1)
        #expect(issue.line != nil)
        #expect(library.bedtime.prompts.isEmpty)
        #expect(library.bedtime.prompt(forDay: 3) == "")
        #expect(library.intentions.label(of: .encourage) == "Encourage")
    }

    @Test("a missing field is reported with its name and its table's line")
    func missingPromptField() throws {
        let library = PromptLibrary(text: "# prompts\n[pause]\nbreathe_in = \"in\"\n", source: "prompts.toml")
        let issue = try #require(library.issues.first { $0.problem == .missingField("pause.breathe_out") })
        #expect(issue.line == 2)
        #expect(library.pause.breatheIn == "in")
    }

    @Test("a card's evening question is its own, or the default when it has none")
    func followUpForACard() throws {
        let card = try #require(PracticeLibrary.builtIn.practice(withID: "six-second-kiss"))
        #expect(prompts.followUp(for: card) == card.followUp)
        var bare = card
        bare.followUp = ""
        #expect(prompts.followUp(for: bare) == prompts.followUpDefault)
        #expect(!prompts.followUpDefault.isEmpty)
    }

    @Test("a prompts file without the follow-up or safety lines reports them missing")
    func missingFollowUpAndSafety() {
        let library = PromptLibrary(text: "[repair]\nbreath = \"One breath.\"\n", source: "prompts.toml")
        #expect(library.issues.contains { $0.problem == .missingField("follow_up.default") })
        #expect(library.issues.contains { $0.problem == .missingField("repair.safety") })
        #expect(library.followUpDefault.isEmpty && library.repair.safety.isEmpty)
    }
}
