import Testing
import TendCore
import TendStorage

/// `[[meeting]]` in config.toml, and `tend schedule add-meeting / remove-meeting`.
@Suite("Config: meetings")
struct ConfigMeetingTests {
    let file = "/home/sam/.config/tend/config.toml"

    func parse(_ text: String) -> ConfigLoadResult { ConfigParser.parse(text, file: file) }
    func time(_ text: String) -> TimeOfDay { TimeOfDay(parsing: text) ?? TimeOfDay(hour: 0, minute: 0)! }

    @Test("a meeting's time, label, days and close are read, in config order, numbered from 1")
    func readsMeetings() {
        let result = parse("""
            [[meeting]]
            time = "10:00"
            label = "stand-up"
            days = "mon-fri"
            close = "10:15"
            [[meeting]]
            time = "16:00"
            label = "retro"
            """)
        #expect(result.problems.isEmpty)
        let meetings = result.config.schedule.meetings
        #expect(meetings == [
            ScheduledMeeting(number: 1, label: "stand-up", time: time("10:00"), close: time("10:15"), days: .workdays),
            ScheduledMeeting(number: 2, label: "retro", time: time("16:00")),
        ])
        #expect(result.config.schedule.prompts.dropFirst(2).map(\.id.rawValue)
            == ["meeting:10:00:stand-up", "meeting-close:10:15:stand-up", "meeting:16:00:retro"])
    }

    @Test("a meeting without a time or a label is left out and named")
    func missingKeys() {
        let result = parse("""
            [[meeting]]
            label = "stand-up"
            [[meeting]]
            time = "16:00"
            [[meeting]]
            time = "17:00"
            label = "  "
            """)
        #expect(result.config.schedule.meetings.isEmpty)
        #expect(result.problems.map(\.key) == ["meeting[1].time", "meeting[2].label", "meeting[3].label"])
        #expect(result.problems.map(\.kind) == [.missingKey, .missingKey, .invalidValue])
    }

    @Test("a close at or before the start, a bad close, bad days or an unknown key are named; the meeting is left out")
    func badValues() {
        let result = parse("""
            [[meeting]]
            time = "10:00"
            label = "a"
            close = "09:30"
            [[meeting]]
            time = "10:00"
            label = "b"
            close = "10:00"
            [[meeting]]
            time = "10:00"
            label = "c"
            close = "ten"
            [[meeting]]
            time = "10:00"
            label = "d"
            days = "mun"
            [[meeting]]
            time = "10:00"
            label = "e"
            room = "4b"
            """)
        #expect(result.config.schedule.meetings.map(\.label) == ["e"])
        #expect(result.problems.map(\.key) == ["meeting[1].close", "meeting[2].close", "meeting[3].close", "meeting[4].days",
                                               "meeting[5].room"])
        #expect(result.problems[0].description.contains("after the meeting's start"))
    }

    @Test("a second meeting with the same time and label is a duplicate, said as a meeting")
    func duplicate() {
        let result = parse("""
            [[meeting]]
            time = "10:00"
            label = "stand-up"
            [[meeting]]
            time = "10:00"
            label = "stand-up"
            days = "mon"
            """)
        #expect(result.config.schedule.meetings.count == 1)
        #expect(result.problems.map(\.kind) == [.duplicate])
        #expect(result.problems[0].description.contains("repeats an earlier meeting"))
    }

    @Test("a meeting that is not a table is named, and the rest of the file still counts")
    func wrongType() {
        let result = parse("meeting = \"10:00\"\n[morning]\ntime = \"06:00\"\n")
        #expect(result.config.schedule.meetings.isEmpty)
        #expect(result.config.schedule.morning.time == time("06:00"))
        #expect(result.problems.map(\.key) == ["meeting"])
    }

    let commented = """
        [morning]
        time = "07:30"

        [[pause]]   # stand-up
        time = "09:55"
        label = "before stand-up"

        [reminders]   # how prompts behave
        snooze_minutes = 10

        """

    @Test("add-meeting goes after the pauses and keeps every comment")
    func addAfterPauses() throws {
        let edited = try ConfigEdit.addMeeting(time: time("10:00"), label: "stand-up", days: "Mon-Fri", close: time("10:15"))
            .applied(to: commented, file: file)
        #expect(edited == commented.replacingOccurrences(of: "label = \"before stand-up\"\n", with: """
            label = "before stand-up"

            [[meeting]]
            time = "10:00"
            label = "stand-up"
            days = "mon-fri"
            close = "10:15"

            """))
        #expect(ConfigParser.parse(edited, file: file).config.schedule.meetings.map(\.label) == ["stand-up"])
    }

    @Test("a second add-meeting goes after the first, and remove-meeting takes one out and renumbers the rest")
    func addTwiceThenRemove() throws {
        let one = try ConfigEdit.addMeeting(time: time("10:00"), label: "stand-up", days: nil, close: nil)
            .applied(to: "[morning]\ntime = \"07:30\"\n", file: file)
        let two = try ConfigEdit.addMeeting(time: time("16:00"), label: "retro", days: nil, close: time("16:45"))
            .applied(to: one, file: file)
        #expect(two == "[morning]\ntime = \"07:30\"\n\n[[meeting]]\ntime = \"10:00\"\nlabel = \"stand-up\"\n\n"
                + "[[meeting]]\ntime = \"16:00\"\nlabel = \"retro\"\nclose = \"16:45\"\n")
        let removed = try ConfigEdit.removeMeeting(number: 1).applied(to: two, file: file)
        let meetings = ConfigParser.parse(removed, file: file).config.schedule.meetings
        #expect(meetings == [ScheduledMeeting(number: 1, label: "retro", time: time("16:00"), close: time("16:45"))])
    }

    @Test("add-meeting refuses a duplicate, an empty name and a close before the start; remove-meeting a number not there")
    func refusals() {
        let text = "[[meeting]]\ntime = \"10:00\"\nlabel = \"stand-up\"\n"
        #expect(throws: ConfigError.duplicateMeeting(time: time("10:00"), label: "stand-up")) {
            try ConfigEdit.addMeeting(time: time("10:00"), label: "stand-up", days: nil, close: nil).applied(to: text, file: file)
        }
        #expect(throws: ConfigError.self) {
            try ConfigEdit.addMeeting(time: time("11:00"), label: " ", days: nil, close: nil).applied(to: text, file: file)
        }
        #expect(throws: ConfigError.self) {
            try ConfigEdit.addMeeting(time: time("11:00"), label: "x", days: nil, close: time("10:59")).applied(to: text, file: file)
        }
        #expect(throws: ConfigError.noSuchMeeting(number: 2, count: 1)) {
            try ConfigEdit.removeMeeting(number: 2).applied(to: text, file: file)
        }
    }

    @Test("the first meeting in the default file goes above [reminders], and the file still reads")
    func addToDefault() throws {
        let edited = try ConfigEdit.addMeeting(time: time("10:00"), label: "stand-up", days: "mon-fri", close: nil)
            .applied(to: DefaultConfig.text, file: file)
        #expect(edited.contains("[[meeting]]\ntime = \"10:00\"\nlabel = \"stand-up\"\ndays = \"mon-fri\"\n\n[reminders]\n"))
        let result = ConfigParser.parse(edited, file: file)
        #expect(result.problems.isEmpty && result.config.schedule.meetings.map(\.label) == ["stand-up"])
    }

    @Test("removing a pause leaves the meetings as they are")
    func pausesAndMeetingsApart() throws {
        let text = commented + "[[meeting]]\ntime = \"10:00\"\nlabel = \"stand-up\"\n"
        let edited = try ConfigEdit.removePause(number: 1).applied(to: text, file: file)
        let schedule = ConfigParser.parse(edited, file: file).config.schedule
        #expect(schedule.pauses.isEmpty && schedule.meetings.map(\.label) == ["stand-up"])
    }
}
