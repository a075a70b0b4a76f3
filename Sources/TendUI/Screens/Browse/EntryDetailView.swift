import Foundation
import TendCore

/// One entry in full: who or what, when, and every word, wrapped to the
/// window, with search matches highlighted. Long text scrolls.
enum EntryDetailView {
    /// A line of the body: a label (muted, on the first line of a row) and text.
    struct Line: Equatable {
        var label: String
        var text: String
    }

    /// The body text as lines of at most `width` columns: an
    /// appreciation's own words, every other entry as labelled rows, with
    /// practices and intentions by name. Only the first `limit`, so showing
    /// the top of a megabyte entry wraps no more than that.
    static func lines(of record: Record, width: Int, data: AppData, limit: Int = .max) -> [Line] {
        if case .appreciation(let a) = record.payload {
            return paragraphs(a.text, width: width, limit: limit).map { Line(label: "", text: $0) }
        }
        return labelled(rows(of: record, data: data), width: width, limit: limit)
    }

    /// What a non-appreciation holds, as (label, value) rows.
    static func rows(of record: Record, data: AppData) -> [(String, String)] {
        let practices = data.practices
        var rows: [(String, String?)]
        switch record.payload {
        case .checkIn(let c):
            rows = [("Mood", "\(c.mood) of 5 · \(MoodScale.label(c.mood))"),
                    ("Intention", data.prompts.intentions.label(of: c.intention)),
                    ("Practice", RecordSummary.practiceName(c.practice, in: practices)),
                    ("For", c.person),
                    ("Happened", c.practiceDone.map { $0 ? "yes" : "not that day" }),
                    ("Note", c.note)]
        case .pause(let p):
            let seconds = p.actualSeconds == p.actualSeconds.rounded() ? "\(Int(p.actualSeconds))" : "\(p.actualSeconds)"
            rows = [("Intention", data.prompts.intentions.label(of: p.intention)),
                    ("Breath", "\(seconds) of \(Plural.count(p.plannedSeconds, "second")), "
                        + (p.outcome == .completed ? "all the way" : "stopped early"))]
        case .repair(let r):
            rows = [("With", r.who),
                    ("When", RecordSummary.latency(r.latency)),
                    ("What", r.happened),
                    ("My part", r.myPart),
                    ("For them", r.forThem),
                    ("I meant", r.meant),
                    ("Next step", r.nextStep),
                    ("Way back", r.gesture.map { RecordSummary.practiceName($0, in: practices) }),
                    ("Words", r.words),
                    ("Sent", r.sent.map { SentNote.moment($0) + " ✉" }),
                    ("Landed", r.landed.map { $0 ? "yes" : "not yet" })]
        case .meeting(let m):
            rows = [("Meeting", m.label),
                    ("Ritual", m.ritual == .breath ? "a breath together" : "the round")]
            if m.ritual == .round {
                rows += [("Useful", m.useful ?? "–"), ("Confusing", m.confusing ?? "–"), ("Energy", m.energising ?? "–")]
            }
        case .tally(let t):
            rows = [("Moment", t.tone == .positive ? "a good one" : "a hard one"), ("What", t.text), ("With", t.person)]
        case .focus, .reflection, .review:
            rows = FocusEntryRows.rows(of: record, data: data)
        case .note(let n):
            rows = [("Title", n.title), ("Mood", n.mood.map { "\($0) of 5 · \(MoodScale.label($0))" }), ("Wrote", n.text),
                    ("Tags", n.tags), ("From", n.source.map(ImportSource.name(of:)))]
        case .appreciation, .promptFired, .letterRead, .letterHidden, .focusDay, .edit, .delete:
            rows = [("", RecordSummary.text(of: record, practices: practices))]
        }
        return rows.compactMap { label, value in
            guard let value, !value.trimmed().isEmpty else { return nil }
            return (label, value)
        }
    }

    /// Rows as lines: labels in a column of their own, values wrapped beside them.
    private static func labelled(_ rows: [(String, String)], width: Int, limit: Int) -> [Line] {
        let labelWidth = (rows.map(\.0.displayWidth).max() ?? 0) + 2
        // Too narrow for a column: each label on a line of its own.
        let inColumn = width - labelWidth >= 16
        var lines: [Line] = []
        for (label, value) in rows where lines.count < limit {
            let room = limit - lines.count
            guard inColumn, !label.isEmpty else {
                if !label.isEmpty { lines.append(Line(label: label, text: "")) }
                lines += paragraphs(value, width: width, limit: room).map { Line(label: "", text: $0) }
                continue
            }
            lines += paragraphs(value, width: width - labelWidth, limit: room).enumerated().map { index, line in
                Line(label: (index == 0 ? label : "").padded(toWidth: labelWidth), text: line)
            }
        }
        return lines
    }

    /// `text` wrapped to `width`, its own line breaks kept (a blank line
    /// stays blank), each line made safe: at most `limit` lines.
    static func paragraphs(_ text: String, width: Int, limit: Int) -> [String] {
        guard text.unicodeScalars.contains("\n") || text.unicodeScalars.contains("\r") else { return SafeText.line(text).wrapped(toWidth: width, limit: limit) }
        var lines: [String] = []
        for paragraph in text.replacingText("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        where lines.count < limit {
            let wrapped = SafeText.line(String(paragraph)).wrapped(toWidth: width, limit: limit - lines.count)
            lines += wrapped.isEmpty ? [""] : wrapped
        }
        return lines
    }

    /// Draws `record` in `area`, its text starting `scroll` lines down.
    static func render(_ record: Record, day: LocalDay, into canvas: inout Canvas, area: Rect, context: ScreenContext,
                       scroll: Int, needle: [UInt8], place: String) {
        let layout = DetailLayout(area)
        let isAppreciation = EntryText.isAppreciation(record)
        let title = isAppreciation ? EntryText.label(of: record) : EntryText.label(of: record).capitalizedFirst
        let titleStyle = isAppreciation ? Style(.accent, bold: true) : Style(bold: true)
        let top = Layout.columns(layout.heading, [.fill, .fixed(2), .fixed(place.displayWidth)])
        let used = SearchHighlight.write(title, needle: isAppreciation ? needle : [], into: &canvas, area: top[0],
                                         style: titleStyle, match: Style(.highlight, bold: true))
        if used + place.displayWidth + 2 <= layout.heading.width { canvas.write(place, in: top[2], style: .muted) }
        var when = "\(EntryText.heading(day: day, today: context.today)), \(record.time.local.hourMinute)"
        if case .appreciation(let a) = record.payload {
            if let meeting = a.meeting, !meeting.isEmpty { when += " · at \(meeting)" }
            if let sent = SentNote.text(for: a, writtenAt: record.time) { when += " · \(sent)" }
        }
        canvas.write(when, in: layout.when, style: .muted)
        let rows = layout.text.height
        // One line past the window is enough to know there is more.
        let lines = lines(of: record, width: layout.text.width, data: context.data,
                          limit: ScrolledText.limit(rows: rows, scroll: scroll))
        // When the text is longer than the room, the last row says so.
        let window = ScrolledText(lineCount: lines.count, rows: rows, scroll: scroll)
        for (offset, line) in lines.dropFirst(window.first).prefix(window.height).enumerated() {
            let row = layout.text.dropping(top: offset).top(1)
            let used = canvas.write(line.label, in: row, style: .muted)
            SearchHighlight.write(line.text, needle: needle, into: &canvas, area: row.dropping(left: used), style: .plain,
                                  match: Style(.highlight, bold: true))
        }
        if let more = window.more { canvas.write(more, in: layout.text.dropping(top: window.height), style: .muted) }
    }
}
