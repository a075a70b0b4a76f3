import Foundation
import TendCore
import TOMLKit

/// Reads the text of config.toml into a `TendConfig`, collecting a
/// `ConfigProblem` for everything it has to set aside. It never fails: what it
/// cannot use falls back to the default for that part alone (a bad pause is
/// left out; a bad morning time becomes 07:30). A file that is not valid TOML
/// gives the defaults and one `.syntax` problem.
public struct ConfigParser {
    /// The path to name in problems.
    public var file: String
    /// The home folder, for `~` in paths.
    private let home: String
    private var problems: [ConfigProblem] = []

    private init(file: String, home: String) {
        self.file = file
        self.home = home
    }

    /// Parses `text`; `file` is only used to name the file in problems,
    /// `home` stands for `~` in paths.
    public static func parse(_ text: String, file: String, home: String = FolderPath.home) -> ConfigLoadResult {
        var parser = ConfigParser(file: file, home: home)
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let problem = ConfigProblem(
                kind: .syntax, file: file, key: "", found: error.description,
                expected: "valid TOML",
                line: error.source.begin.line)
            return ConfigLoadResult(config: .defaults, problems: [problem], fileExists: true)
        } catch {
            let problem = ConfigProblem(kind: .syntax, file: file, key: "", found: "\(error)", expected: "valid TOML")
            return ConfigLoadResult(config: .defaults, problems: [problem], fileExists: true)
        }
        let config = parser.read(root)
        return ConfigLoadResult(config: config, problems: parser.problems, fileExists: true)
    }

    // MARK: - Tables

    private mutating func read(_ root: TOMLTable) -> TendConfig {
        var config = TendConfig.defaults
        checkKeys(of: root, path: "", known: ["morning", "bedtime", "pause", "meeting", "reminders", "practices", "display", "sync",
                                               "sending", "me", "review"])
        for ritual in Ritual.allCases {
            if let table = table(root, ritual.tableName) {
                config.schedule.setPrompt(readRitual(table, ritual: ritual), for: ritual)
            }
        }
        config.schedule.pauses = readPauses(root)
        config.schedule.meetings = readMeetings(root)
        if let table = table(root, "review") { config.schedule.review = readReview(table) }
        if let table = table(root, "reminders") {
            checkKeys(of: table, path: "reminders", known: ["snooze_minutes", "notify_command"])
            if let minutes = int(table, "snooze_minutes", path: "reminders.snooze_minutes",
                                 expected: "a whole number of minutes from 1 to 720, like 10") {
                if Schedule.snoozeRange.contains(minutes) {
                    config.schedule.snoozeMinutes = minutes
                } else {
                    invalid("reminders.snooze_minutes", found: "\(minutes)", expected: "a whole number of minutes from 1 to 720, like 10")
                }
            }
            if let command = notifyCommand(table) { config.reminders.notifyCommand = command }
        }
        if let table = table(root, "practices") {
            config.practices = readPractices(table)
        }
        if let table = table(root, "display") {
            checkKeys(of: table, path: "display", known: ["animation", "theme"])
            if let animation = bool(table, "animation", path: "display.animation", expected: "true or false") {
                config.display.animation = animation
            }
            let themeExpected = #""auto", "dark" or "light""#
            if let name = string(table, "theme", path: "display.theme", expected: themeExpected) {
                if let theme = Theme(rawValue: name.lowercased()) {
                    config.display.theme = theme
                } else {
                    invalid("display.theme", found: quoted(name), expected: themeExpected)
                }
            }
        }
        if let table = table(root, "sync") {
            config.sync = readSync(table)
        }
        if let table = table(root, "sending") {
            config.sending = readSending(table)
        }
        if let table = table(root, "me") {
            config.me = readMe(table)
        }
        return config
    }

    private mutating func readSync(_ table: TOMLTable) -> SyncOptions {
        checkKeys(of: table, path: "sync", known: ["every_minutes"])
        var options = SyncOptions(isEnabled: true)
        let expected = "a whole number of minutes from 5 to 1440, like 30, or 0 to sync only when the app opens and closes"
        if let minutes = int(table, "every_minutes", path: "sync.every_minutes", expected: expected) {
            if minutes == 0 || SyncOptions.everyMinutesRange.contains(minutes) {
                options.everyMinutes = minutes
            } else {
                invalid("sync.every_minutes", found: "\(minutes)", expected: expected)
            }
        }
        return options
    }

    /// `[sending] invite = true | false | "your own words"`.
    private mutating func readSending(_ table: TOMLTable) -> SendingOptions {
        checkKeys(of: table, path: "sending", known: ["invite"])
        var options = SendingOptions()
        guard let value = table["invite"] else { return options }
        if let flag = value.bool {
            options.invite = flag ? .standard : .off
        } else if let text = value.string {
            let words = text.trimmedIncludingNewlines()
            options.invite = words.isEmpty ? .off : .custom(words)
        } else {
            wrongType("sending.invite", value, expected: #"true, false, or your own invitation in quotes"#)
        }
        return options
    }

    /// `[me] name = "Sam"` (signs letters and names the file they go in,
    /// so it must make a file name anywhere) and `age_identity`, a key file.
    private mutating func readMe(_ table: TOMLTable) -> MeOptions {
        checkKeys(of: table, path: "me", known: ["name", "age_identity"])
        var me = MeOptions()
        let nameExpected = #"your name in quotes, like "Sam": it signs what you send through a shared folder"#
        if let name = string(table, "name", path: "me.name", expected: nameExpected) {
            if let reason = LetterFileName.problem(with: name) {
                invalid("me.name", found: quoted(name) + " (\(reason))", expected: nameExpected)
            } else {
                me.name = name
            }
        }
        let keyExpected = #"the path of an age key file in quotes, like "~/.config/tend/age.key""#
        if let path = string(table, "age_identity", path: "me.age_identity", expected: keyExpected) {
            switch FolderPath.expand(path, home: home) {
            case .success(let expanded): me.ageIdentity = expanded
            case .failure(let reason): invalid("me.age_identity", found: quoted(path) + " (\(reason))", expected: keyExpected)
            }
        }
        return me
    }

    /// `notify_command = ["notify-send", "-u", "low"]` (argv), or the same as
    /// one string, split into words without a shell.
    private mutating func notifyCommand(_ table: TOMLTable) -> [String]? {
        let key = "reminders.notify_command"
        let expected = #"a command and its arguments, like ["notify-send", "-u", "low"], or "" for the default"#
        guard let value = table["notify_command"] else { return nil }
        if value.array != nil { return strings(table, "notify_command", path: key, expected: expected) }
        guard let text = string(table, "notify_command", path: key, expected: expected) else { return nil }
        switch CommandWords.split(text) {
        case .success(let words):
            return words
        case .failure(.unclosedQuote):
            invalid(key, found: quoted(text) + ", with a quote left open", expected: expected)
        case .failure(.needsAShell(let syntax)):
            // It runs without a shell, so a pipe or redirection would only become a word.
            invalid(key, found: quoted(text) + ", which needs a shell for \(quoted(syntax))",
                    expected: "a command and its arguments; for pipes or redirections, put them in a small script and name it")
        }
        return nil
    }

    private mutating func readRitual(_ table: TOMLTable, ritual: Ritual) -> ScheduledPrompt {
        let path = ritual.tableName
        checkKeys(of: table, path: path, known: ["time", "days"])
        var prompt = TendConfig.defaults.schedule.prompt(for: ritual)
        if let time = time(table, path: path) { prompt.time = time }
        if let days = days(table, path: path) { prompt.days = days }
        return prompt
    }

    /// `[review]`: the weekly look-back, on once the table is there; its
    /// time and days default to Sunday 19:00.
    private mutating func readReview(_ table: TOMLTable) -> ScheduledPrompt {
        checkKeys(of: table, path: "review", known: ["time", "days"])
        var prompt = Schedule.defaultReview
        if let time = time(table, path: "review") { prompt.time = time }
        if let days = days(table, path: "review") { prompt.days = days }
        return prompt
    }

    private mutating func readPauses(_ root: TOMLTable) -> [ScheduledPrompt] {
        guard let value = root["pause"] else { return [] }
        guard let list = value.array else {
            wrongType("pause", value, expected: "one or more [[pause]] tables")
            return []
        }
        var pauses: [ScheduledPrompt] = []
        for (index, element) in list.enumerated() {
            let path = "pause[\(index + 1)]"
            guard let table = element.table else {
                wrongType(path, element, expected: "a [[pause]] table with a time, a label and days")
                continue
            }
            checkKeys(of: table, path: path, known: ["time", "label", "days"])
            guard table["time"] != nil else {
                problems.append(ConfigProblem(kind: .missingKey, file: file, key: "\(path).time", found: "nothing",
                                              expected: #"a time like "09:55""#))
                continue
            }
            let time = time(table, path: path)
            let label = string(table, "label", path: "\(path).label", expected: #"a short label in quotes, like "before stand-up""#)
            let days = days(table, path: path)
            // A pause whose label or days are broken is left out rather than
            // fired at times the user did not ask for.
            let labelIsBroken = table["label"] != nil && label == nil
            let daysAreBroken = table["days"] != nil && days == nil
            guard let time, !labelIsBroken, !daysAreBroken else { continue }
            let pause = ScheduledPrompt(kind: .pause(number: index + 1, label: label ?? ""), time: time, days: days ?? .all)
            if let earlier = pauses.first(where: { $0.id == pause.id }), case .pause(let number, _) = earlier.kind {
                problems.append(ConfigProblem(kind: .duplicate, file: file, key: path, found: "same time and label as pause[\(number)]",
                                              expected: "each pause to differ in time or label"))
                continue
            }
            pauses.append(pause)
        }
        return pauses
    }

    /// `[[meeting]]` tables: a time, a label, days, and an optional close time.
    /// A meeting whose label, days or close is broken is left out, like a pause.
    private mutating func readMeetings(_ root: TOMLTable) -> [ScheduledMeeting] {
        guard let value = root["meeting"] else { return [] }
        guard let list = value.array else {
            wrongType("meeting", value, expected: "one or more [[meeting]] tables")
            return []
        }
        let labelExpectation = #"a short name in quotes, like "stand-up""#
        var meetings: [ScheduledMeeting] = []
        for (index, element) in list.enumerated() {
            let path = "meeting[\(index + 1)]"
            guard let table = element.table else {
                wrongType(path, element, expected: "a [[meeting]] table with a time, a label and days")
                continue
            }
            checkKeys(of: table, path: path, known: ["time", "label", "days", "close"])
            var isComplete = true
            for (key, expected) in [("time", #"a time like "10:00""#), ("label", labelExpectation)] where table[key] == nil {
                problems.append(ConfigProblem(kind: .missingKey, file: file, key: "\(path).\(key)", found: "nothing",
                                              expected: expected))
                isComplete = false
            }
            guard isComplete else { continue }
            let time = time(table, path: path)
            var label = string(table, "label", path: "\(path).label", expected: labelExpectation)
            if let text = label, text.trimmed().isEmpty {
                invalid("\(path).label", found: "an empty label", expected: labelExpectation)
                label = nil
            }
            let days = days(table, path: path)
            let daysAreBroken = table["days"] != nil && days == nil
            let close = closeTime(table, path: path, after: time)
            let closeIsBroken = table["close"] != nil && close == nil
            guard let time, let label, !daysAreBroken, !closeIsBroken else { continue }
            let meeting = ScheduledMeeting(number: index + 1, label: label, time: time, close: close, days: days ?? .all)
            if let earlier = meetings.first(where: { $0.isSame(as: meeting) }) {
                problems.append(ConfigProblem(kind: .duplicate, file: file, key: path,
                                              found: "same time and label as meeting[\(earlier.number)]",
                                              expected: "each meeting to differ in time or label"))
                continue
            }
            meetings.append(meeting)
        }
        return meetings
    }

    /// A meeting's `close`: a time after its start on the same day.
    private mutating func closeTime(_ table: TOMLTable, path: String, after start: TimeOfDay?) -> TimeOfDay? {
        let expected = #"a 24-hour time in quotes after the meeting's start, like "10:30""#
        guard let text = string(table, "close", path: "\(path).close", expected: expected) else { return nil }
        guard let close = TimeOfDay(parsing: text), start.map({ close > $0 }) ?? true else {
            invalid("\(path).close", found: quoted(text), expected: expected)
            return nil
        }
        return close
    }

    private mutating func readPractices(_ table: TOMLTable) -> PracticePreferences {
        checkKeys(of: table, path: "practices", known: ["groups", "who", "hidden", "mine"])
        var preferences = PracticePreferences()
        let groupNames = PracticeGroup.allCases.map(\.rawValue).joined(separator: ", ")
        if let names = strings(table, "groups", path: "practices.groups", expected: "a list of groups from: \(groupNames)") {
            for (index, name) in names.enumerated() {
                if let group = PracticeGroup(rawValue: name) {
                    preferences.groups.insert(group)
                } else {
                    invalid("practices.groups[\(index + 1)]", found: quoted(name), expected: "one of: \(groupNames)")
                }
            }
        }
        let audienceNames = Audience.allCases.map(\.rawValue).joined(separator: ", ")
        if let names = strings(table, "who", path: "practices.who", expected: "a list of people from: \(audienceNames)") {
            for (index, name) in names.enumerated() {
                if let audience = Audience(rawValue: name) {
                    preferences.audiences.insert(audience)
                } else {
                    invalid("practices.who[\(index + 1)]", found: quoted(name), expected: "one of: \(audienceNames)")
                }
            }
        }
        if let ids = strings(table, "hidden", path: "practices.hidden", expected: #"a list of card ids in quotes, like ["six-second-kiss"]"#) {
            preferences.hidden = Set(ids)
        }
        if let ids = strings(table, "mine", path: "practices.mine", expected: #"a list of card ids in quotes, like ["good-morning-by-name"]"#) {
            preferences.mine = Set(ids)
        }
        return preferences
    }

    // MARK: - Values

    private mutating func time(_ table: TOMLTable, path: String) -> TimeOfDay? {
        let expected = #"a 24-hour time in quotes, like "07:30""#
        guard let text = string(table, "time", path: "\(path).time", expected: expected) else { return nil }
        guard let time = TimeOfDay(parsing: text) else {
            invalid("\(path).time", found: quoted(text), expected: expected)
            return nil
        }
        return time
    }

    private mutating func days(_ table: TOMLTable, path: String) -> Weekdays? {
        guard let value = table["days"] else { return nil }
        let key = "\(path).days"
        if let text = value.string {
            guard let days = Weekdays(spec: text) else {
                invalid(key, found: quoted(text), expected: Weekdays.expectation)
                return nil
            }
            return days
        }
        if let list = value.array {
            var names: [String] = []
            for element in list {
                guard let name = element.string else {
                    wrongType(key, value, expected: Weekdays.expectation)
                    return nil
                }
                names.append(name)
            }
            guard let days = Weekdays(names: names) else {
                let found = names.isEmpty ? "an empty list" : "[" + names.map(quoted).joined(separator: ", ") + "]"
                invalid(key, found: found, expected: Weekdays.expectation)
                return nil
            }
            return days
        }
        wrongType(key, value, expected: Weekdays.expectation)
        return nil
    }

    private mutating func table(_ root: TOMLTable, _ key: String) -> TOMLTable? {
        guard let value = root[key] else { return nil }
        guard let table = value.table else {
            wrongType(key, value, expected: "a [\(key)] table")
            return nil
        }
        return table
    }

    private mutating func string(_ table: TOMLTable, _ key: String, path: String, expected: String) -> String? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else {
            wrongType(path, value, expected: expected)
            return nil
        }
        return text
    }

    private mutating func int(_ table: TOMLTable, _ key: String, path: String, expected: String) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int else {
            wrongType(path, value, expected: expected)
            return nil
        }
        return number
    }

    private mutating func bool(_ table: TOMLTable, _ key: String, path: String, expected: String) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else {
            wrongType(path, value, expected: expected)
            return nil
        }
        return flag
    }

    private mutating func strings(_ table: TOMLTable, _ key: String, path: String, expected: String) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let list = value.array else {
            wrongType(path, value, expected: expected)
            return nil
        }
        var result: [String] = []
        for element in list {
            guard let text = element.string else {
                wrongType(path, value, expected: expected)
                return nil
            }
            result.append(text)
        }
        return result
    }

    // MARK: - Problems

    private mutating func checkKeys(of table: TOMLTable, path: String, known: [String]) {
        for key in table.keys.sorted() where !known.contains(key) {
            let full = path.isEmpty ? key : "\(path).\(key)"
            problems.append(ConfigProblem(kind: .unknownKey, file: file, key: SafeText.line(full), found: SafeText.line(key),
                                          expected: "one of: " + known.joined(separator: ", ")))
        }
    }

    private mutating func invalid(_ key: String, found: String, expected: String) {
        problems.append(ConfigProblem(kind: .invalidValue, file: file, key: key, found: found, expected: expected))
    }

    private mutating func wrongType(_ key: String, _ value: any TOMLValueConvertible, expected: String) {
        problems.append(ConfigProblem(kind: .wrongType, file: file, key: key, found: describe(value), expected: expected))
    }

    private func describe(_ value: any TOMLValueConvertible) -> String {
        switch value.type {
        case .string: quoted(value.string ?? "")
        case .int: "the number \(value.int.map(String.init) ?? "")"
        case .double: "the number \(value.double.map { String($0) } ?? "")"
        case .bool: value.bool == true ? "true" : "false"
        case .array: "a list"
        case .table: "a table"
        case .date, .time, .dateTime: "\(SafeText.line(value.debugDescription)) without quotes"
        }
    }

    private func quoted(_ text: String) -> String { "\"" + SafeText.line(text) + "\"" }
}
