import TendCore

/// A change to config.toml that `tend schedule` can make. It is applied as a
/// small splice of the user's own text, so their comments, order and spacing
/// survive (TOMLKit would drop comments if it re-wrote the file), and the
/// result is re-parsed with TOMLKit and must give exactly the intended
/// settings, or the edit is refused.
public enum ConfigEdit: Hashable, Sendable {
    /// Sets the morning or bedtime time and, if given, its days (as the user wrote them: "mon-fri").
    case setRitual(Ritual, time: TimeOfDay, days: String?)
    /// Adds a doorway pause after the existing ones.
    case addPause(time: TimeOfDay, label: String, days: String?)
    /// Removes pause `number` (1-based, as `tend schedule` lists them).
    case removePause(number: Int)
    /// Adds a `[[meeting]]` after the existing ones: its start, label, days and optional close.
    case addMeeting(time: TimeOfDay, label: String, days: String?, close: TimeOfDay?)
    /// Removes meeting `number` (1-based, as `tend schedule` lists them).
    case removeMeeting(number: Int)
    /// Adds a `[sync]` table (what `tend sync init` does); a file that has one is left as it is.
    case enableSync(everyMinutes: Int)
    /// Turns the weekly look-back on (`[review]`) at a time and, if given, on some days.
    case setReview(time: TimeOfDay, days: String?)
    /// Turns the weekly look-back off by removing `[review]`.
    case removeReview
    /// Marks a card "not for me" (`[practices] hidden`), or takes the mark away.
    case setHidden(card: String, Bool)
    /// Makes a card one of "my practices" (`[practices] mine`), or no longer.
    case setMine(card: String, Bool)

    /// The new text of the file, or the reason it cannot be made.
    /// `file` only names the file in messages.
    public func applied(to text: String, file: String) throws(ConfigError) -> String {
        let before = ConfigParser.parse(text, file: file)
        if let syntax = before.problems.first(where: { $0.kind == .syntax }) { throw .notValidTOML(syntax) }
        let layout = ConfigLayout(text)
        let pauseTables = layout.arrayTables(named: "pause")
        var expected = before.config
        let edited: String
        switch self {
        case .setRitual(let ritual, let time, let daysText):
            let days = try ConfigEdit.weekdays(daysText)
            var prompt = expected.schedule.prompt(for: ritual)
            prompt.time = time
            if let days { prompt.days = days }
            expected.schedule.setPrompt(prompt, for: ritual)
            edited = ConfigEdit.settingTimes(inTable: ritual.tableName, time: time, days: daysText, layout: layout)
        case .addPause(let time, let label, let daysText):
            let days = try ConfigEdit.weekdays(daysText) ?? .all
            let pause = ScheduledPrompt(kind: .pause(number: pauseTables.count + 1, label: label), time: time, days: days)
            guard !expected.schedule.pauses.contains(where: { $0.id == pause.id }) else {
                throw .duplicatePause(time: time, label: label)
            }
            expected.schedule.pauses.append(pause)
            edited = ConfigEdit.addingPause(time: time, label: label, days: daysText, layout: layout)
        case .removePause(let number):
            guard pauseTables.indices.contains(number - 1) else {
                throw .noSuchPause(number: number, count: pauseTables.count)
            }
            expected.schedule.pauses = expected.schedule.pauses.compactMap { pause in
                guard case .pause(let place, let label) = pause.kind, place != number else { return nil }
                var moved = pause
                moved.kind = .pause(number: place > number ? place - 1 : place, label: label)
                return moved
            }
            edited = ConfigEdit.removing(pauseTables[number - 1], layout: layout)
        case .addMeeting(let time, let label, let daysText, let close):
            let meeting = try ConfigEdit.meeting(time: time, label: label, days: daysText, close: close,
                                                 number: layout.arrayTables(named: "meeting").count + 1)
            guard !expected.schedule.meetings.contains(where: { $0.isSame(as: meeting) }) else {
                throw .duplicateMeeting(time: time, label: label)
            }
            expected.schedule.meetings.append(meeting)
            edited = ConfigEdit.addingMeeting(meeting, days: daysText, layout: layout)
        case .removeMeeting(let number):
            let tables = layout.arrayTables(named: "meeting")
            guard tables.indices.contains(number - 1) else { throw .noSuchMeeting(number: number, count: tables.count) }
            expected.schedule.meetings = expected.schedule.meetings.compactMap { meeting in
                guard meeting.number != number else { return nil }
                var moved = meeting
                if moved.number > number { moved.number -= 1 }
                return moved
            }
            edited = ConfigEdit.removing(tables[number - 1], layout: layout)
        case .enableSync(let minutes):
            if before.config.sync.isEnabled { return text }
            expected.sync = SyncOptions(isEnabled: true, everyMinutes: minutes)
            edited = ConfigEdit.appending("[sync]\nevery_minutes = \(minutes)\n", to: layout)
        case .setReview(let time, let daysText):
            var prompt = expected.schedule.review ?? Schedule.defaultReview
            prompt.time = time
            if let days = try ConfigEdit.weekdays(daysText) { prompt.days = days }
            expected.schedule.review = prompt
            edited = ConfigEdit.settingTimes(inTable: "review", time: time, days: daysText, layout: layout)
        case .removeReview:
            guard let section = layout.table(named: "review") else { return text }
            expected.schedule.review = nil
            edited = ConfigEdit.removing(section, layout: layout)
        case .setHidden(let card, let isOn):
            if expected.practices.hidden.contains(card) == isOn { return text }
            if isOn { expected.practices.hidden.insert(card) } else { expected.practices.hidden.remove(card) }
            edited = try ConfigEdit.settingList("hidden", inTable: "practices", adding: isOn ? card : nil,
                                                removing: isOn ? nil : card, text: text, layout: layout, file: file)
        case .setMine(let card, let isOn):
            if expected.practices.mine.contains(card) == isOn { return text }
            if isOn { expected.practices.mine.insert(card) } else { expected.practices.mine.remove(card) }
            edited = try ConfigEdit.settingList("mine", inTable: "practices", adding: isOn ? card : nil,
                                                removing: isOn ? nil : card, text: text, layout: layout, file: file)
        }
        let after = ConfigParser.parse(edited, file: file)
        guard after.config == expected, after.problems.count <= before.problems.count,
              !after.problems.contains(where: { $0.kind == .syntax }) else {
            throw .cannotEditSafely(file: file)
        }
        return edited
    }

    // MARK: - Splices

    /// Sets `time` (and `days`) in the table `name`, adding the table when there is none.
    private static func settingTimes(inTable name: String, time: TimeOfDay, days: String?, layout: ConfigLayout) -> String {
        let timeText = quoted(time.description)
        let daysText = days.map { quoted(normalised($0)) }
        guard let section = layout.table(named: name), let header = section.header else {
            var block = "[\(name)]\ntime = \(timeText)\n"
            if let daysText { block += "days = \(daysText)\n" }
            return appending(block, to: layout)
        }
        var splices: [(Range<Int>, String)] = []
        var additions = ""
        if let entry = section.entries.last(where: { $0.key == "time" }) {
            splices.append(keepingCommentColumn(entry.value, timeText, in: layout.bytes))
        } else {
            additions += "time = \(timeText)\n"
        }
        if let daysText {
            if let entry = section.entries.last(where: { $0.key == "days" }) {
                splices.append(keepingCommentColumn(entry.value, daysText, in: layout.bytes))
            } else {
                additions += "days = \(daysText)\n"
            }
        }
        if !additions.isEmpty {
            let end = header.line.upperBound
            let needsNewline = end == layout.bytes.count && layout.bytes.last != UInt8(ascii: "\n")
            splices.append((end..<end, (needsNewline ? "\n" : "") + additions))
        }
        return splice(layout.bytes, splices)
    }

    private static func addingPause(time: TimeOfDay, label: String, days: String?, layout: ConfigLayout) -> String {
        var block = "[[pause]]\ntime = \(quoted(time.description))\nlabel = \(quoted(label))\n"
        if let days { block += "days = \(quoted(normalised(days)))\n" }
        return addingPauseLike(block, after: layout.arrayTables(named: "pause").last, layout: layout)
    }

    /// A new `[[…]]` block right after `last`'s own lines, a blank line
    /// between; without `last`, before the first table that usually follows
    /// the pauses (above its comments), or at the end.
    private static func addingPauseLike(_ block: String, after last: ConfigLayout.Section?, layout: ConfigLayout) -> String {
        if let last { return inserting("\n" + block, at: last.contentEnd, in: layout) }
        // Before the first table that usually follows the pauses, above its comments.
        let following = layout.sections.first { section in
            guard let header = section.header else { return false }
            return !header.isArray && !Ritual.allCases.map(\.tableName).contains(header.name)
        }
        if let header = following?.header {
            let start = layout.startOfLeadingComments(above: header.line.lowerBound)
            return splice(layout.bytes, [(start..<start, block + "\n")])
        }
        return appending(block, to: layout)
    }

    /// The meeting `addMeeting` would add, checked as the parser checks it.
    private static func meeting(time: TimeOfDay, label: String, days: String?, close: TimeOfDay?,
                                number: Int) throws(ConfigError) -> ScheduledMeeting {
        guard !label.trimmed().isEmpty else {
            throw .invalidMeeting("A meeting needs a name, like \"stand-up\".")
        }
        if let close, close <= time {
            throw .invalidMeeting("The close time \(close) comes before the meeting starts at \(time); give a time after it.")
        }
        return ScheduledMeeting(number: number, label: label, time: time, close: close, days: try weekdays(days) ?? .all)
    }

    /// After the last meeting; else after the pauses; else where a pause would go.
    private static func addingMeeting(_ meeting: ScheduledMeeting, days: String?, layout: ConfigLayout) -> String {
        var block = "[[meeting]]\ntime = \(quoted(meeting.time.description))\nlabel = \(quoted(meeting.label))\n"
        if let days { block += "days = \(quoted(normalised(days)))\n" }
        if let close = meeting.close { block += "close = \(quoted(close.description))\n" }
        let last = layout.arrayTables(named: "meeting").last ?? layout.arrayTables(named: "pause").last
        return addingPauseLike(block, after: last, layout: layout)
    }

    private static func removing(_ section: ConfigLayout.Section, layout: ConfigLayout) -> String {
        guard let header = section.header else { return String(decoding: layout.bytes, as: UTF8.self) }
        let start = header.line.lowerBound
        var end = section.contentEnd
        // Leave one blank line where there were two.
        let blankBefore = start == 0 || layout.isBlankLine(at: layout.lineStart(before: start - 1))
        if blankBefore, layout.isBlankLine(at: end) { end = layout.endOfLine(from: end) }
        return splice(layout.bytes, [(start..<end, "")])
    }

    /// Replaces the value at `range` with `text`, widening or narrowing the
    /// spaces before a trailing comment so the comment stays in its column.
    static func keepingCommentColumn(_ range: Range<Int>, _ text: String, in bytes: [UInt8]) -> (Range<Int>, String) {
        var end = range.upperBound
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
        guard end > range.upperBound, end < bytes.count, bytes[end] == UInt8(ascii: "#") else { return (range, text) }
        let column = end - range.lowerBound
        let padding = max(1, column - text.utf8.count)
        return (range.lowerBound..<end, text + String(repeating: " ", count: padding))
    }

    /// `text` inserted at `end`, after a line break when the line there has none.
    static func inserting(_ text: String, at end: Int, in layout: ConfigLayout) -> String {
        let needsNewline = end > 0 && layout.bytes[end - 1] != UInt8(ascii: "\n")
        return splice(layout.bytes, [(end..<end, (needsNewline ? "\n" : "") + text)])
    }

    static func appending(_ block: String, to layout: ConfigLayout) -> String {
        let bytes = layout.bytes
        var prefix = ""
        if let last = bytes.last, last != UInt8(ascii: "\n") { prefix = "\n" }
        if !bytes.isEmpty { prefix += "\n" }
        return splice(bytes, [(bytes.count..<bytes.count, prefix + block)])
    }

    static func splice(_ bytes: [UInt8], _ splices: [(Range<Int>, String)]) -> String {
        var result = bytes
        for (range, text) in splices.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            result.replaceSubrange(range, with: Array(text.utf8))
        }
        return String(decoding: result, as: UTF8.self)
    }

    // MARK: - Values

    private static func weekdays(_ text: String?) throws(ConfigError) -> Weekdays? {
        guard let text else { return nil }
        guard let days = Weekdays(spec: text) else { throw .invalidDays(text) }
        return days
    }

    private static func normalised(_ days: String) -> String {
        String(days.lowercased().drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
