/// One plain-text line describing a record, for lists and `tend log`.
/// The text is not terminal-safe yet: pass it through `SafeText.line`.
public enum RecordSummary {
    public static func text(of record: Record) -> String {
        switch record.payload {
        case .checkIn(let c):
            var parts = ["mood \(c.mood)/5", c.intention.rawValue, c.practice]
            if let person = c.person { parts[2] += " for \(person)" }
            if let done = c.practiceDone { parts.append(done ? "done" : "not done") }
            if let note = c.note, !note.isEmpty { parts.append(note) }
            return parts.joined(separator: " · ")
        case .pause(let p):
            let actual = p.actualSeconds == p.actualSeconds.rounded() ? "\(Int(p.actualSeconds))" : "\(p.actualSeconds)"
            return "\(p.intention.rawValue) · \(actual) of \(p.plannedSeconds) s · \(p.outcome.rawValue)"
        case .appreciation(let a):
            guard let sent = SentNote.text(for: a, writtenAt: record.time) else { return "\(a.person): \(a.text)" }
            return "\(a.person): \(a.text) · \(sent)"
        case .promptFired(let p):
            return "\(p.prompt) prompt for \(p.day)"
        case .repair(let r):
            let latency: String
            switch r.latency {
            case .justNow: latency = "right away"
            case .withinHour: latency = "within the hour"
            case .today: latency = "the same day"
            case .earlier: latency = "later on"
            }
            var parts = ["with \(r.who)", latency]
            if let happened = r.happened, !happened.isEmpty { parts.append(happened) }
            if let mine = r.myPart, !mine.isEmpty { parts.append("my part: \(mine)") }
            if let gesture = r.gesture { parts.append(gesture) }
            if let landed = r.landed { parts.append(landed ? "landed" : "not landed yet") }
            return parts.joined(separator: " · ")
        case .tally(let t):
            let sign = t.tone == .positive ? "+" : "−"
            return t.person.map { "\(sign) \(t.text) (\($0))" } ?? "\(sign) \(t.text)"
        case .edit(let e):
            return "edit of \(e.target)"
        case .delete(let d):
            return "delete of \(d.target)"
        }
    }
}
