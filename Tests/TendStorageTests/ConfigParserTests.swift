import Testing
import TendCore
import TendStorage

/// Reading config.toml: good files, and each kind of mistake.
@Suite("Config parsing")
struct ConfigParserTests {
    let file = "/home/sam/.config/tend/config.toml"

    func parse(_ text: String) -> ConfigLoadResult { ConfigParser.parse(text, file: file) }

    @Test("the commented default file parses to the defaults, with no problems")
    func defaultFile() {
        let result = parse(DefaultConfig.text)
        #expect(result.problems.isEmpty)
        #expect(result.config == .defaults)
    }

    @Test("the defaults are morning 07:30 and bedtime 21:30 every day, no pauses")
    func defaults() {
        let schedule = TendConfig.defaults.schedule
        #expect(schedule.prompts.map { "\($0.time) \($0.days)" } == ["07:30 every day", "21:30 every day"])
        #expect(schedule.snoozeMinutes == 10)
    }

    @Test("every setting of the agreed schema is read")
    func fullSchema() {
        let result = parse("""
            [morning]
            time = "06:45"
            days = "weekdays"
            [bedtime]
            time = "22:00"
            days = ["sat", "sun"]
            [[pause]]
            time = "09:55"
            label = "before stand-up"
            days = "mon-fri"
            [[pause]]
            time = "13:00"
            label = "after lunch"
            [reminders]
            snooze_minutes = 5
            notify_command = "notify-send Tend"
            [practices]
            groups = ["at-work", "capitalization"]
            who = ["partner"]
            hidden = ["six-second-kiss"]
            [display]
            animation = false
            """)
        #expect(result.problems.isEmpty)
        let config = result.config
        #expect(config.schedule.morning.time.description == "06:45")
        #expect(config.schedule.morning.days == .workdays)
        #expect(config.schedule.bedtime.days == .weekends)
        #expect(config.schedule.pauses.map(\.id.rawValue) == ["pause:09:55:before stand-up", "pause:13:00:after lunch"])
        #expect(config.schedule.pauses.map(\.kind) == [.pause(number: 1, label: "before stand-up"), .pause(number: 2, label: "after lunch")])
        #expect(config.schedule.snoozeMinutes == 5)
        #expect(config.reminders.notifyCommand == ["notify-send", "Tend"])
        #expect(config.practices == PracticePreferences(groups: [.atWork, .capitalization], audiences: [.partner], hidden: ["six-second-kiss"]))
        #expect(config.display.animation == false)
    }

    struct Mistake: CustomTestStringConvertible, Sendable {
        var toml: String
        var kind: ConfigProblem.Kind
        var key: String
        var expected: String
        var testDescription: String { "\(key): \(kind)" }
    }

    @Test("each kind of mistake is reported with the file, the key and what is expected", arguments: [
        Mistake(toml: "[morning]\ntime = \"7:30\"", kind: .invalidValue, key: "morning.time", expected: "\"07:30\""),
        Mistake(toml: "[bedtime]\ntime = \"25:00\"", kind: .invalidValue, key: "bedtime.time", expected: "24-hour"),
        Mistake(toml: "[morning]\ntime = 730", kind: .wrongType, key: "morning.time", expected: "in quotes"),
        Mistake(toml: "[morning]\ndays = \"mon-fry\"", kind: .invalidValue, key: "morning.days", expected: "mon-fri"),
        Mistake(toml: "[morning]\ndays = [\"mon\", \"wedn\"]", kind: .invalidValue, key: "morning.days", expected: "mon-fri"),
        Mistake(toml: "[morning]\ndays = 5", kind: .wrongType, key: "morning.days", expected: "weekdays"),
        Mistake(toml: "[morning]\ntme = \"07:00\"", kind: .unknownKey, key: "morning.tme", expected: "time, days"),
        Mistake(toml: "colour = \"blue\"", kind: .unknownKey, key: "colour", expected: "morning, bedtime, pause"),
        Mistake(toml: "morning = \"07:00\"", kind: .wrongType, key: "morning", expected: "[morning] table"),
        Mistake(toml: "[[pause]]\nlabel = \"x\"", kind: .missingKey, key: "pause[1].time", expected: "\"09:55\""),
        Mistake(toml: "[[pause]]\ntime = \"09:55\"\n[[pause]]\ntime = \"10:61\"", kind: .invalidValue, key: "pause[2].time", expected: "24-hour"),
        Mistake(toml: "[[pause]]\ntime = \"09:55\"\nlabel = 3", kind: .wrongType, key: "pause[1].label", expected: "label in quotes"),
        Mistake(toml: "[[pause]]\ntime = \"09:55\"\n[[pause]]\ntime = \"09:55\"", kind: .duplicate, key: "pause[2]", expected: "differ"),
        Mistake(toml: "[reminders]\nsnooze_minutes = 0", kind: .invalidValue, key: "reminders.snooze_minutes", expected: "1 to 720"),
        Mistake(toml: "[reminders]\nsnooze_minutes = \"ten\"", kind: .wrongType, key: "reminders.snooze_minutes", expected: "whole number"),
        Mistake(toml: "[practices]\ngroups = [\"at-home\"]", kind: .invalidValue, key: "practices.groups[1]", expected: "at-work"),
        Mistake(toml: "[practices]\nwho = [\"boss\"]", kind: .invalidValue, key: "practices.who[1]", expected: "colleague"),
        Mistake(toml: "[display]\nanimation = \"no\"", kind: .wrongType, key: "display.animation", expected: "true or false"),
        Mistake(toml: "[display]\ntheme = \"solarized\"", kind: .invalidValue, key: "display.theme", expected: #""auto", "dark" or "light""#),
        Mistake(toml: "[display]\ntheme = true", kind: .wrongType, key: "display.theme", expected: #""auto", "dark" or "light""#),
        Mistake(toml: "[display]\ntheem = \"dark\"", kind: .unknownKey, key: "display.theem", expected: "animation, theme"),
    ])
    func mistakes(_ mistake: Mistake) throws {
        let problem = try #require(parse(mistake.toml).problems.first)
        #expect(problem.kind == mistake.kind)
        #expect(problem.key == mistake.key)
        #expect(problem.file == file)
        #expect(problem.expected.contains(mistake.expected))
        #expect(problem.description.contains(file) && problem.description.contains(mistake.key))
    }

    @Test("theme is auto unless set, and takes dark and light in any case", arguments: [
        ("", Theme.auto), ("[display]\ntheme = \"dark\"", .dark), ("[display]\ntheme = \"Light\"", .light),
        ("[display]\ntheme = \"auto\"", .auto), ("[display]\ntheme = \"blue\"", .auto),
    ])
    func theme(toml: String, expected: Theme) {
        #expect(parse(toml).config.display.theme == expected)
    }

    @Test("the message says what was found")
    func messageShowsFound() throws {
        let problem = try #require(parse("[morning]\ntime = \"7:30\"").problems.first)
        #expect(problem.description == #"/home/sam/.config/tend/config.toml: morning.time is "7:30". Expected a 24-hour time in quotes, like "07:30"."#)
    }

    @Test("a file that is not TOML gives the defaults and a problem with its line")
    func syntaxError() throws {
        let result = parse("[morning]\ntime = \"07:00\"\ndays = \"all\n")
        let problem = try #require(result.problems.first)
        #expect(problem.kind == .syntax)
        #expect(problem.line == 3)
        #expect(result.config == .defaults)
    }

    @Test("a bad setting falls back to its default while the good ones are kept")
    func partialFallback() {
        let result = parse("[morning]\ntime = \"7:30\"\ndays = \"weekdays\"\n[bedtime]\ntime = \"22:15\"")
        #expect(result.config.schedule.morning.time.description == "07:30")
        #expect(result.config.schedule.morning.days == .workdays)
        #expect(result.config.schedule.bedtime.time.description == "22:15")
    }

    @Test("a broken pause is left out and the others keep their numbers")
    func brokenPauseLeftOut() {
        let result = parse("[[pause]]\ntime = \"9:55\"\n[[pause]]\ntime = \"13:00\"\nlabel = \"lunch\"")
        #expect(result.config.schedule.pauses.map(\.kind) == [.pause(number: 2, label: "lunch")])
    }

    @Test("a pause with unreadable days is left out rather than fired every day")
    func pauseWithBadDaysLeftOut() {
        let result = parse("[[pause]]\ntime = \"09:55\"\ndays = \"mon-fry\"")
        #expect(result.config.schedule.pauses.isEmpty)
    }

    @Test("days = \"never\" turns a ritual off")
    func never() {
        #expect(parse("[bedtime]\ndays = \"never\"").config.schedule.bedtime.days == .never)
    }

    @Test("control characters in a key are made harmless in the message")
    func controlCharactersInKey() throws {
        let problem = try #require(parse("\"bad\\u001b[31m\" = 1").problems.first)
        #expect(!problem.description.contains("\u{1B}"))
    }
}
