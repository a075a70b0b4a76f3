import Testing
import TendCore
import TendStorage

/// `tend schedule set / add-pause / remove-pause`: small edits that keep the user's words.
@Suite("Config edits")
struct ConfigEditTests {
    let file = "config.toml"

    func time(_ text: String) -> TimeOfDay { TimeOfDay(parsing: text) ?? TimeOfDay(hour: 0, minute: 0)! }

    let commented = """
        # my settings
        [morning]   # wake-up ritual
        time = "07:30"   # after coffee
        days = "all"

        [bedtime]
        time = "21:30"

        [[pause]]   # stand-up
        time = "09:55"
        label = "before stand-up"
        days = "mon-fri"

        [[pause]]
        time = "13:00"   # after lunch
        label = "after lunch"

        [reminders]
        snooze_minutes = 10

        """

    @Test("setting the morning time changes only its value and keeps every comment")
    func setKeepsComments() throws {
        let edited = try ConfigEdit.setRitual(.morning, time: time("06:45"), days: nil).applied(to: commented, file: file)
        #expect(edited == commented.replacingOccurrences(of: "time = \"07:30\"   # after coffee", with: "time = \"06:45\"   # after coffee"))
    }

    @Test("a trailing comment keeps its column when the value grows")
    func commentColumnKept() throws {
        let text = "[morning]\ntime = \"07:30\"\ndays = \"all\"         # which days\n"
        let edited = try ConfigEdit.setRitual(.morning, time: time("07:30"), days: "weekdays").applied(to: text, file: file)
        #expect(edited == "[morning]\ntime = \"07:30\"\ndays = \"weekdays\"    # which days\n")
    }

    @Test("setting days replaces a list that spans lines")
    func setDaysOverList() throws {
        let text = "[morning]\ntime = \"07:30\"\ndays = [\n  \"mon\",  # start\n  \"tue\",\n]\n# end\n"
        let edited = try ConfigEdit.setRitual(.morning, time: time("07:30"), days: "weekends").applied(to: text, file: file)
        #expect(edited == "[morning]\ntime = \"07:30\"\ndays = \"weekends\"\n# end\n")
    }

    @Test("setting a ritual that the file lacks adds its table")
    func setAddsTable() throws {
        let edited = try ConfigEdit.setRitual(.bedtime, time: time("22:00"), days: "weekdays").applied(to: "# empty\n", file: file)
        #expect(edited == "# empty\n\n[bedtime]\ntime = \"22:00\"\ndays = \"weekdays\"\n")
    }

    @Test("setting a key the table lacks adds it under the header")
    func setAddsKey() throws {
        let edited = try ConfigEdit.setRitual(.morning, time: time("06:00"), days: nil).applied(to: "[morning] # hi\ndays = \"all\"\n", file: file)
        #expect(edited == "[morning] # hi\ntime = \"06:00\"\ndays = \"all\"\n")
    }

    @Test("a pause is added after the last pause, with a blank line between")
    func addAfterLastPause() throws {
        let edited = try ConfigEdit.addPause(time: time("16:00"), label: "school run", days: "weekdays").applied(to: commented, file: file)
        let expected = commented.replacingOccurrences(
            of: "label = \"after lunch\"\n",
            with: "label = \"after lunch\"\n\n[[pause]]\ntime = \"16:00\"\nlabel = \"school run\"\ndays = \"weekdays\"\n")
        #expect(edited == expected)
    }

    @Test("the first pause in the default file goes above [reminders], below the example")
    func addFirstPauseToDefault() throws {
        let edited = try ConfigEdit.addPause(time: time("09:55"), label: "before stand-up", days: "mon-fri")
            .applied(to: DefaultConfig.text, file: file)
        #expect(edited.contains("# days = \"mon-fri\"\n\n[[pause]]\ntime = \"09:55\"\nlabel = \"before stand-up\"\ndays = \"mon-fri\"\n\n[reminders]\n"))
        let config = ConfigParser.parse(edited, file: file).config
        #expect(config.schedule.pauses.map(\.id.rawValue) == ["pause:09:55:before stand-up"])
    }

    @Test("the first pause goes above the comment that introduces the next table")
    func addAboveLeadingComment() throws {
        let text = "[bedtime]\ntime = \"21:30\"\n\n# how reminders reach you\n[reminders]\nsnooze_minutes = 10\n"
        let edited = try ConfigEdit.addPause(time: time("09:55"), label: "stand-up", days: nil).applied(to: text, file: file)
        #expect(edited == "[bedtime]\ntime = \"21:30\"\n\n[[pause]]\ntime = \"09:55\"\nlabel = \"stand-up\"\n\n# how reminders reach you\n[reminders]\nsnooze_minutes = 10\n")
    }

    @Test("a label with quotes and backslashes is written as valid TOML")
    func labelEscaped() throws {
        let label = #"the "big" one \ room"#
        let edited = try ConfigEdit.addPause(time: time("11:00"), label: label, days: nil).applied(to: "", file: file)
        #expect(ConfigParser.parse(edited, file: file).config.schedule.pauses.first?.label == label)
    }

    @Test("adding a pause with the same time and label as another is refused")
    func addDuplicate() {
        #expect(throws: ConfigError.duplicatePause(time: time("09:55"), label: "before stand-up")) {
            try ConfigEdit.addPause(time: time("09:55"), label: "before stand-up", days: nil).applied(to: commented, file: file)
        }
    }

    @Test("removing pause 1 removes its table and comments inside it, and nothing else")
    func removeFirst() throws {
        let edited = try ConfigEdit.removePause(number: 1).applied(to: commented, file: file)
        let expected = commented.replacingOccurrences(
            of: "[[pause]]   # stand-up\ntime = \"09:55\"\nlabel = \"before stand-up\"\ndays = \"mon-fri\"\n\n", with: "")
        #expect(edited == expected)
    }

    @Test("removing the last pause keeps the blank line before the next table")
    func removeLast() throws {
        let edited = try ConfigEdit.removePause(number: 2).applied(to: commented, file: file)
        let expected = commented.replacingOccurrences(of: "[[pause]]\ntime = \"13:00\"   # after lunch\nlabel = \"after lunch\"\n\n", with: "")
        #expect(edited == expected)
    }

    @Test("removing a pause that does not exist is refused")
    func removeMissing() {
        #expect(throws: ConfigError.noSuchPause(number: 3, count: 2)) {
            try ConfigEdit.removePause(number: 3).applied(to: commented, file: file)
        }
    }

    @Test("unknown --days are refused")
    func badDays() {
        #expect(throws: ConfigError.invalidDays("mon-fry")) {
            try ConfigEdit.setRitual(.morning, time: time("07:00"), days: "mon-fry").applied(to: commented, file: file)
        }
    }

    @Test("a layout the editor cannot follow is refused rather than guessed at")
    func inlineTableRefused() {
        #expect(throws: ConfigError.cannotEditSafely(file: file)) {
            try ConfigEdit.setRitual(.morning, time: time("06:00"), days: nil).applied(to: "morning = { time = \"07:30\" }\n", file: file)
        }
    }

    @Test("an edit keeps unrelated problems as they were and adds none")
    func keepsOtherProblems() throws {
        let text = "[morning]\ntime = \"07:30\"\ncolour = \"blue\"\n"
        let edited = try ConfigEdit.setRitual(.morning, time: time("06:30"), days: nil).applied(to: text, file: file)
        #expect(edited == "[morning]\ntime = \"06:30\"\ncolour = \"blue\"\n")
    }
}
