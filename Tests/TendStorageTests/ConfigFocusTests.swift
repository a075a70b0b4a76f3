import Testing
import TendCore
import TendStorage

/// `[review]` (the weekly look-back) and `[practices] mine` / `hidden` as
/// the library and the look back change them.
@Suite("Config: the weekly review and my practices")
struct ConfigFocusTests {
    let file = "/home/sam/.config/tend/config.toml"

    func parse(_ text: String) -> ConfigLoadResult { ConfigParser.parse(text, file: file) }
    func time(_ text: String) -> TimeOfDay { TimeOfDay(parsing: text) ?? TimeOfDay(hour: 0, minute: 0)! }

    @Test("the review is off by default, in the defaults and in the commented file")
    func offByDefault() {
        #expect(TendConfig.defaults.schedule.review == nil)
        #expect(parse(DefaultConfig.text).config.schedule.review == nil)
        #expect(!TendConfig.defaults.schedule.prompts.contains { $0.kind == .review })
        #expect(DefaultConfig.text.contains("# [review]"))
    }

    @Test("[review] turns it on, Sundays at 19:00 unless it says otherwise")
    func reviewTable() throws {
        let plain = try #require(parse("[review]\n").config.schedule.review)
        #expect(plain.time.description == "19:00" && plain.days == Weekdays([.sunday]))
        let result = parse("[review]\ntime = \"18:30\"\ndays = [\"sat\", \"sun\"]\n")
        #expect(result.problems.isEmpty)
        let review = try #require(result.config.schedule.review)
        #expect(review.time.description == "18:30" && review.days == Weekdays([.saturday, .sunday]))
        #expect(review.id == .review)
        #expect(result.config.schedule.prompts.last == review)
    }

    @Test("a mistake in [review] is named and the rest of it still holds", arguments: [
        ("[review]\ntime = \"7pm\"\n", #"/home/sam/.config/tend/config.toml: review.time is "7pm". Expected a 24-hour time in quotes, like "07:30"."#),
        ("[review]\ndays = \"sundays\"\n", #"/home/sam/.config/tend/config.toml: review.days is "sundays". Expected "all", "weekdays", "weekends", "never", a range like "mon-fri", or a list like ["mon", "wed"]."#),
        ("[review]\nat = \"19:00\"\n", "/home/sam/.config/tend/config.toml: review.at isn't a setting Tend knows. Expected one of: time, days."),
        ("review = true\n", "/home/sam/.config/tend/config.toml: review is true. Expected a [review] table."),
    ])
    func reviewMistakes(text: String, message: String) throws {
        let result = parse(text)
        #expect(result.problems.map(\.description) == [message])
        if text.hasPrefix("[review]") {
            #expect(try #require(result.config.schedule.review).id == .review)
        } else {
            #expect(result.config.schedule.review == nil)
        }
    }

    @Test("[practices] mine is read like hidden")
    func mine() {
        let result = parse("[practices]\nhidden = [\"six-second-kiss\"]\nmine = [\"say-their-name\", \"one-breath-first\"]\n")
        #expect(result.problems.isEmpty)
        #expect(result.config.practices.mine == ["say-their-name", "one-breath-first"])
        #expect(result.config.practices.hidden == ["six-second-kiss"])
        let wrong = parse("[practices]\nmine = \"say-their-name\"\n")
        #expect(wrong.problems.map(\.description) == [#"/home/sam/.config/tend/config.toml: practices.mine is "say-their-name". Expected a list of card ids in quotes, like ["good-morning-by-name"]."#])
    }

    @Test("marking a card not for me adds it to the list the file has, keeping its order and comments")
    func hide() throws {
        let text = "[practices]   # cards\nhidden = [\"b-card\", \"a-card\"]   # not for me\n\n[display]\nanimation = true\n"
        let edited = try ConfigEdit.setHidden(card: "six-second-kiss", true).applied(to: text, file: file)
        #expect(edited == "[practices]   # cards\nhidden = [\"b-card\", \"a-card\", \"six-second-kiss\"] # not for me\n\n[display]\nanimation = true\n")
        let again = try ConfigEdit.setHidden(card: "six-second-kiss", true).applied(to: edited, file: file)
        #expect(again == edited)
        let shown = try ConfigEdit.setHidden(card: "b-card", false).applied(to: edited, file: file)
        #expect(parse(shown).config.practices.hidden == ["a-card", "six-second-kiss"])
    }

    @Test("keeping a card adds mine where there is none, in the table or as a new table")
    func keep() throws {
        let withTable = try ConfigEdit.setMine(card: "say-their-name", true).applied(to: "[practices]\ngroups = []\n# end\n", file: file)
        #expect(withTable == "[practices]\ngroups = []\nmine = [\"say-their-name\"]\n# end\n")
        let withoutTable = try ConfigEdit.setMine(card: "say-their-name", true).applied(to: "[morning]\ntime = \"07:00\"", file: file)
        #expect(withoutTable == "[morning]\ntime = \"07:00\"\n\n[practices]\nmine = [\"say-their-name\"]\n")
        let fromDefault = try ConfigEdit.setMine(card: "say-their-name", true).applied(to: DefaultConfig.text, file: file)
        #expect(parse(fromDefault).config.practices.mine == ["say-their-name"])
        #expect(parse(fromDefault).problems.isEmpty)
        let letGo = try ConfigEdit.setMine(card: "say-their-name", false).applied(to: fromDefault, file: file)
        #expect(parse(letGo).config == .defaults)
        #expect(letGo.contains("mine = []") && letGo.contains("# ids of \"my practices\""))
    }

    @Test("a list Tend cannot follow is left alone")
    func unsafeList() {
        #expect(throws: ConfigError.cannotEditSafely(file: file)) {
            try ConfigEdit.setHidden(card: "x", true).applied(to: "[practices]\nhidden = \"x-card\"\n", file: file)
        }
        #expect(throws: ConfigError.cannotEditSafely(file: file)) {
            try ConfigEdit.setHidden(card: "x", true).applied(to: "practices = { hidden = [] }\n", file: file)
        }
    }

    @Test("the review is set on, moved, and turned off again, leaving the rest as it was")
    func reviewEdits() throws {
        let text = "[morning]\ntime = \"07:30\"\n"
        let on = try ConfigEdit.setReview(time: time("19:00"), days: "sun").applied(to: text, file: file)
        #expect(on == "[morning]\ntime = \"07:30\"\n\n[review]\ntime = \"19:00\"\ndays = \"sun\"\n")
        let moved = try ConfigEdit.setReview(time: time("18:15"), days: nil).applied(to: on, file: file)
        #expect(try #require(parse(moved).config.schedule.review).time.description == "18:15")
        #expect(try #require(parse(moved).config.schedule.review).days == Weekdays([.sunday]))
        let off = try ConfigEdit.removeReview.applied(to: moved, file: file)
        #expect(off == "[morning]\ntime = \"07:30\"\n\n")
        #expect(try ConfigEdit.removeReview.applied(to: text, file: file) == text)
    }
}
