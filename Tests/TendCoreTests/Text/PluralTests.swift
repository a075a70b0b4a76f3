import Testing
import TendCore

@Suite("Counts in words")
struct PluralTests {
    @Test("one takes the singular, every other count the plural", arguments: [
        (0, "0 minutes"), (1, "1 minute"), (2, "2 minutes"), (-1, "-1 minute"), (11, "11 minutes"), (21, "21 minutes"),
    ])
    func oneAndMany(count: Int, expected: String) {
        #expect(Plural.count(count, "minute") == expected)
    }

    @Test("regular plurals are worked out", arguments: [
        ("day", "days"), ("entry", "entries"), ("match", "matches"), ("box", "boxes"), ("wish", "wishes"),
        ("key", "keys"), ("repair", "repairs"), ("appreciation", "appreciations"), ("bus", "buses"),
    ])
    func regular(singular: String, plural: String) {
        #expect(Plural.noun(2, singular) == plural)
        #expect(Plural.noun(1, singular) == singular)
    }

    @Test("an irregular plural is used as given")
    func irregular() {
        #expect(Plural.count(3, "person", "people") == "3 people")
        #expect(Plural.count(1, "person", "people") == "1 person")
    }

    @Test("thousands are grouped", arguments: [
        (0, "0"), (999, "999"), (1000, "1,000"), (12345, "12,345"), (1_234_567, "1,234,567"), (-4500, "-4,500"),
    ])
    func grouping(n: Int, expected: String) {
        #expect(Plural.grouped(n) == expected)
    }

    @Test("a large count is grouped and plural")
    func large() {
        #expect(Plural.count(1234, "entry") == "1,234 entries")
    }
}
