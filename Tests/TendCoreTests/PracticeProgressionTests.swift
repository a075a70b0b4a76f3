import Testing
import Foundation
@testable import TendCore
import TendTestSupport

/// `next`: a card naming the card that is the next small step after it.
@Suite("Practice library: progressions")
struct PracticeProgressionTests {
    let library = PracticeLibrary.builtIn

    static func card(_ id: String, next: String?) -> String {
        CustomCards.teaAtFour(id: id, name: "Card \(id)") + "\n" + (next.map { "next = \"\($0)\"" } ?? "") + "\n"
    }

    @Test("every built-in next names another built-in card, and no progression runs in a circle")
    func builtInProgressions() {
        let withNext = library.practices.filter { $0.next != nil }
        #expect(withNext.count >= 30)
        for card in withNext {
            let next = card.next ?? ""
            #expect(library.practice(withID: next) != nil, "\(card.id) leads to \(next)")
            #expect(next != card.id)
            var seen: Set<String> = [card.id], step = card.next
            while let id = step {
                #expect(seen.insert(id).inserted, "the progression from \(card.id) comes back to \(id)")
                if seen.count > 8 { break }
                step = library.practice(withID: id)?.next
            }
        }
        // Each card is the next step of at most one other, so a progression is a line.
        let targets = withNext.compactMap(\.next)
        #expect(Set(targets).count == targets.count)
    }

    @Test("a custom card may lead on to a built-in card or to another of its own")
    func customNext() throws {
        let text = Self.card("tea-at-four", next: "tea-for-the-team") + Self.card("tea-for-the-team", next: "open-with-thanks")
        let custom = PracticeLibrary.load(customText: text)
        #expect(custom.issues.isEmpty)
        #expect(try #require(custom.practice(withID: "tea-at-four")).next == "tea-for-the-team")
        #expect(try #require(custom.practice(withID: "tea-for-the-team")).next == "open-with-thanks")
    }

    @Test("a next that names no card is reported and ignored, and the card still loads", arguments: [
        ("no-such-card", "\"no-such-card\""), ("tea-at-four", "\"tea-at-four\""), ("Not An Id", "\"Not An Id\""),
    ])
    func unusableNext(next: String, shown: String) throws {
        let custom = PracticeLibrary.load(customText: Self.card("tea-at-four", next: next), customSource: "/home/sam/practices.toml")
        let card = try #require(custom.practice(withID: "tea-at-four"))
        #expect(card.next == nil)
        let issue = try #require(custom.issues.first)
        #expect(custom.issues.count == 1)
        #expect(!issue.skipsCard)
        #expect(issue.line == 11)
        #expect(issue.description == "/home/sam/practices.toml:11: card \"tea-at-four\": \"next\" should name another card by its id; \(shown) is not one, so it is ignored")
    }

    @Test("tend practices --json carries next only for cards that have one")
    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let leading = String(decoding: try encoder.encode(try #require(library.practice(withID: "good-morning-by-name"))), as: UTF8.self)
        #expect(leading.contains(#""next":"leave-on-purpose""#))
        let last = String(decoding: try encoder.encode(try #require(library.practice(withID: "goodnight-properly"))), as: UTF8.self)
        #expect(!last.contains("next"))
    }
}
