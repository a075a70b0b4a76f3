import Testing
import Foundation
@testable import TendCore
@testable import TendJournalFormat
import TendTestSupport

/// Loading the user's own cards beside the built-in ones.
@Suite("Practice library and custom cards")
struct PracticeLibraryTests {
    static let goodCard = CustomCards.teaAtFour()

    @Test("a custom card is added after the built-in cards and marked custom")
    func customCardMerges() throws {
        let library = PracticeLibrary.load(customText: Self.goodCard)
        #expect(library.issues.isEmpty)
        #expect(library.practices.count == PracticeLibrary.builtIn.practices.count + 1)
        let card = try #require(library.practice(withID: "tea-at-four"))
        #expect(card.source == .custom)
        #expect(card.group == .atWork && card.audiences == [.colleague] && card.seconds == 120)
        #expect(library.practices.last?.id == "tea-at-four")
        #expect(library.customPractices.map(\.id) == ["tea-at-four"])
    }

    @Test("a custom file with a syntax error names its line, and the built-in cards still load")
    func brokenCustomFileNamesLine() throws {
        let broken = """
            [[practice]]
            id = "tea-at-four"
            name = "Tea at four
            group = "at-work"
            """
        let library = PracticeLibrary.load(customText: broken, customSource: "/home/me/.config/tend/practices.toml")
        #expect(library.practices.count == PracticeLibrary.builtIn.practices.count)
        let issue = try #require(library.issues.first)
        #expect(library.issues.count == 1)
        #expect(issue.line == 3)
        #expect(issue.description.hasPrefix("/home/me/.config/tend/practices.toml:3: not valid TOML"))
    }

    @Test("a card missing a field is skipped with a message naming the card, the field and the header line")
    func missingFieldNamesCardAndLine() throws {
        let text = Self.goodCard.replacingOccurrences(of: "how = \"Bring a colleague a cup of tea at four.\"\n", with: "")
        let library = PracticeLibrary.load(customText: "# mine\n\n" + text)
        #expect(library.practice(withID: "tea-at-four") == nil)
        let issue = try #require(library.issues.first)
        #expect(issue.problem == .missingField("how"))
        #expect(issue.line == 3)
        #expect(issue.description == "practices.toml:3: card \"tea-at-four\": missing \"how\" (card skipped)")
    }

    @Test("an unknown tag names the card, the line of the tag and the known tags")
    func unknownTagNamesLine() throws {
        let text = Self.goodCard.replacingOccurrences(of: "who = [\"colleague\"]", with: "who = [\"colleague\", \"cat\"]")
        let library = PracticeLibrary.load(customText: text)
        #expect(library.practice(withID: "tea-at-four") == nil)
        let issue = try #require(library.issues.first)
        #expect(issue.line == 9)
        #expect(issue.cardID == "tea-at-four")
        let known = "partner, friend, colleague, family, child, ageing-parent, long-distance, neighbour, stranger"
        #expect(issue.description.contains("unknown who tag \"cat\" (known: \(known))"))
    }

    @Test("a bad card is skipped but the good cards around it still load")
    func badCardDoesNotHideOthers() {
        let second = Self.goodCard
            .replacingOccurrences(of: "tea-at-four", with: "walk-at-lunch")
            .replacingOccurrences(of: "group = \"at-work\"", with: "group = \"lunchtime\"")
        let third = Self.goodCard.replacingOccurrences(of: "tea-at-four", with: "note-on-the-desk")
        let library = PracticeLibrary.load(customText: [Self.goodCard, second, third].joined(separator: "\n\n"))
        #expect(library.customPractices.map(\.id) == ["tea-at-four", "note-on-the-desk"])
        #expect(library.issues.count == 1)
        #expect(library.issues.first?.line == 15)
        #expect(library.issues.first?.cardPosition == 2)
    }

    @Test("a custom card reusing a built-in id is refused with a clear message")
    func customIDClashIsRefused() throws {
        let text = Self.goodCard.replacingOccurrences(of: "tea-at-four", with: "six-second-kiss")
        let library = PracticeLibrary.load(customText: text)
        #expect(library.practice(withID: "six-second-kiss")?.source == .builtIn)
        let issue = try #require(library.issues.first)
        #expect(issue.problem == .clashesWithBuiltIn("six-second-kiss"))
        #expect(issue.line == 2)
        #expect(issue.description.contains("belongs to a built-in card"))
    }

    @Test("a repeated id in the custom file keeps the first and names the first line")
    func duplicateCustomID() throws {
        let library = PracticeLibrary.load(customText: Self.goodCard + "\n\n" + Self.goodCard)
        #expect(library.customPractices.count == 1)
        let issue = try #require(library.issues.first)
        #expect(issue.problem == .duplicateID("tea-at-four", firstLine: 2))
        #expect(issue.line == 13)
    }

    @Test("an id with capitals or spaces is refused")
    func invalidIDRefused() {
        let text = Self.goodCard.replacingOccurrences(of: "\"tea-at-four\"", with: "\"Tea at four\"")
        let library = PracticeLibrary.load(customText: text)
        #expect(library.customPractices.isEmpty)
        #expect(library.issues.first?.problem == .invalidID("Tea at four"))
    }

    @Test("an unknown key is reported but the card still loads")
    func unknownKeyIsAWarning() {
        let text = Self.goodCard + "\nmood = \"cosy\""
        let library = PracticeLibrary.load(customText: text)
        #expect(library.practice(withID: "tea-at-four") != nil)
        #expect(library.issues.map(\.problem) == [.unknownKey("mood")])
        #expect(library.issues.first?.line == 11)
    }

    @Test("a single word is accepted where a list of tags is expected")
    func singleTagAsString() {
        let text = Self.goodCard.replacingOccurrences(of: "where = [\"work\"]", with: "where = \"work\"")
        let library = PracticeLibrary.load(customText: text)
        #expect(library.practice(withID: "tea-at-four")?.where == [.work])
    }

    @Test("an empty custom file adds nothing and reports nothing")
    func emptyCustomFile() {
        let library = PracticeLibrary.load(customText: "# nothing yet\n")
        #expect(library.issues.isEmpty)
        #expect(library.practices.count == PracticeLibrary.builtIn.practices.count)
    }

    @Test("lookup by id ignores case and surrounding spaces")
    func lookupIgnoresCase() {
        #expect(PracticeLibrary.builtIn.practice(withID: " Six-Second-Kiss ")?.id == "six-second-kiss")
        #expect(PracticeLibrary.builtIn.practice(withID: "no-such-card") == nil)
    }

    @Test("filtering by preferences keeps chosen groups and people and drops hidden cards")
    func filterByPreferences() {
        let preferences = PracticePreferences(groups: [.community], audiences: [.stranger], hidden: ["lend-a-hand"])
        let cards = PracticeLibrary.builtIn.practices(matching: preferences)
        #expect(!cards.isEmpty)
        let allMatch = cards.allSatisfy { $0.group == .community && $0.audiences.contains(.stranger) }
        #expect(allMatch)
        #expect(!cards.map(\.id).contains("lend-a-hand"))
    }

    @Test("cards encode to JSON with the documented keys")
    func jsonKeys() throws {
        let card = try #require(PracticeLibrary.builtIn.practice(withID: "six-second-kiss"))
        let data = try JSONEncoder().encode(card)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["id", "name", "group", "how", "why", "followUp", "when", "where", "who", "seconds", "source"])
        #expect(object["followUp"] as? String == card.followUp)
        #expect(object["group"] as? String == "morning-evening")
        #expect(object["source"] as? String == "built-in")
    }

    @Test("a custom card without follow_up gets the default evening question, with no warning")
    func customCardGetsDefaultFollowUp() throws {
        let library = PracticeLibrary.load(customText: Self.goodCard, defaultFollowUp: "Did it happen?")
        #expect(library.issues.isEmpty)
        #expect(try #require(library.practice(withID: "tea-at-four")).followUp == "Did it happen?")
        let builtInDefault = try #require(PracticeLibrary.load(customText: Self.goodCard).practice(withID: "tea-at-four"))
        #expect(builtInDefault.followUp == PromptLibrary.builtIn.followUpDefault)
        #expect(!builtInDefault.followUp.isEmpty)
    }

    @Test("a custom card's own follow_up is kept; an empty one falls back to the default")
    func customFollowUpKept() throws {
        let own = PracticeLibrary.load(customText: Self.goodCard + "\nfollow_up = \"Was the tea still warm?\"")
        #expect(own.issues.isEmpty)
        #expect(own.practice(withID: "tea-at-four")?.followUp == "Was the tea still warm?")
        let empty = PracticeLibrary.load(customText: Self.goodCard + "\nfollow_up = \"  \"", defaultFollowUp: "Did it?")
        #expect(empty.issues.isEmpty)
        #expect(empty.practice(withID: "tea-at-four")?.followUp == "Did it?")
    }

    @Test("a follow_up that is not a one-line string is reported with its line")
    func badFollowUpReported() throws {
        let library = PracticeLibrary.load(customText: Self.goodCard + "\nfollow_up = 3")
        #expect(library.practice(withID: "tea-at-four") == nil)
        let issue = try #require(library.issues.first)
        #expect(issue.problem == .wrongType(field: "follow_up", expected: "a string in quotes"))
        #expect(issue.line == 11)
    }

    @Test("a built-in card without follow_up is reported, since every built-in card needs one")
    func builtInCardNeedsFollowUp() throws {
        let library = PracticeLibrary.load(builtInText: Self.goodCard)
        #expect(library.practices.isEmpty)
        let issue = try #require(library.issues.first)
        #expect(issue.problem == .missingField("follow_up"))
        #expect(issue.source == PracticeLibrary.builtInSource)
    }

    @Test("the new people tags load and filter: children, ageing parents, long distance, neighbours")
    func newAudiencesLoad() throws {
        let text = Self.goodCard.replacingOccurrences(
            of: "who = [\"colleague\"]", with: "who = [\"neighbour\", \"child\", \"ageing-parent\", \"long-distance\"]")
        let library = PracticeLibrary.load(customText: text)
        #expect(library.issues.isEmpty)
        let card = try #require(library.practice(withID: "tea-at-four"))
        #expect(card.audiences == [.neighbour, .child, .ageingParent, .longDistance])
        let preferences = PracticePreferences(audiences: [.neighbour])
        #expect(library.practices(matching: preferences).contains(card))
        #expect(library.practices(matching: preferences).allSatisfy { $0.audiences.contains(.neighbour) })
    }
}
