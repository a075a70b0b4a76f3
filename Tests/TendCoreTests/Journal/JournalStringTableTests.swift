import Testing
@testable import TendCore
@testable import TendJournalFormat
import TendTestSupport

@Suite("Journal records: reusing short strings while reading the cache")
struct JournalStringTableTests {
    @Test("gives the string of the bytes, whatever it met before")
    func sameStrings() {
        var generator = SeededGenerator(seed: 6)
        let alphabet: [String] = ["a", "b", "é", "日", "👩🏽‍🚀", "-", " "]
        var texts = ["", "a", String(repeating: "x", count: 32), String(repeating: "x", count: 33), "José", "Jose"]
        for _ in 0..<3000 {
            texts.append((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined())
        }
        var table = StringTable()
        for _ in 0..<2 {
            for text in texts.shuffled(using: &generator) {
                let made = Array(text.utf8).withUnsafeBufferPointer { table.string($0) }
                #expect(Array(made.utf8) == Array(text.utf8))
            }
        }
    }
}
