import Testing
import TendCore

@Suite("Names: one person, however it is spelt")
struct PersonNameTests {
    @Test("case, accents and surrounding spaces are ignored", arguments: [
        ("zoe", "Zoë"), ("ZOË", "zoë"), (" José ", "jose"), ("Åsa", "asa"), ("Zoë", "Zoe\u{308}"), ("李明", "李明"), ("🚲", " 🚲"),
    ])
    func same(a: String, b: String) {
        #expect(PersonName.matches(a, b))
        #expect(PersonName.key(a) == PersonName.key(b))
    }

    @Test("different names stay different", arguments: [
        ("Zoë", "Zoey"), ("Jo", "José"), ("Ana", "Anna"), ("李明", "李"), ("Sam", "S am"),
    ])
    func different(a: String, b: String) {
        #expect(!PersonName.matches(a, b))
    }

    @Test("the key is trimmed and folded")
    func key() {
        #expect(PersonName.key("  Zoë ") == "zoe")
        #expect(PersonName.key("José") == "jose")
    }

    @Test("a typed name takes the first known spelling of that person")
    func knownSpelling() {
        let known = ["Zoë", "José", "zoe", "李明"]
        #expect(PersonName.knownSpelling(of: "zoe", among: known) == "Zoë")
        #expect(PersonName.knownSpelling(of: " JOSE ", among: known) == "José")
        #expect(PersonName.knownSpelling(of: "李明", among: known) == "李明")
    }

    @Test("a new name is kept as typed, without the spaces around it")
    func newName() {
        #expect(PersonName.knownSpelling(of: " Zoey ", among: ["Zoë"]) == "Zoey")
        #expect(PersonName.knownSpelling(of: "Jo", among: ["José"]) == "Jo")
        #expect(PersonName.knownSpelling(of: "  ", among: ["José"]) == "")
    }

    @Test("completion prefers the same person over a longer name that starts alike")
    func completion() {
        #expect(PersonName.completion(of: "jo", among: ["José", "Jo"]) == "Jo")
        #expect(PersonName.completion(of: "jo", among: ["Joanna", "José"]) == "Joanna")
        #expect(PersonName.completion(of: "zoe", among: ["Zoëlla", "Zoë"]) == "Zoë")
        #expect(PersonName.completion(of: "x", among: ["Zoë"]) == nil)
        #expect(PersonName.completion(of: "", among: ["Zoë"]) == nil)
    }
}
