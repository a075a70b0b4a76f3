/// One plain-text line describing a record, for lists, `tend log` and the
/// Markdown export. Practices are named as their cards name them ("A reset
/// signal", not "reset-signal"); the JSON keeps the ids.
/// The text is not terminal-safe yet: pass it through `SafeText.line`.
public enum RecordSummary {
    public static func text(of record: Record, practices: PracticeLibrary) -> String {
        switch record.payload {
        case .checkIn(let c):
            var parts = ["mood \(c.mood)/5", c.intention.rawValue, practiceName(c.practice, in: practices)]
            if let person = c.person { parts[2] += " for \(person)" }
            if let done = c.practiceDone { parts.append(done ? "done" : "not done") }
            if let note = c.note, !note.isEmpty { parts.append(note) }
            return parts.joined(separator: " · ")
        case .pause(let p):
            let actual = p.actualSeconds == p.actualSeconds.rounded() ? "\(Int(p.actualSeconds))" : "\(p.actualSeconds)"
            return "\(p.intention.rawValue) · \(actual) of \(p.plannedSeconds) s · \(p.outcome == .completed ? "completed" : "stopped early")"
        case .appreciation(let a):
            var line = "\(a.person): \(a.text)"
            if let meeting = a.meeting, !meeting.isEmpty { line += " · at \(meeting)" }
            guard let sent = SentNote.text(for: a, writtenAt: record.time) else { return line }
            return "\(line) · \(sent)"
        case .promptFired(let p):
            return "\(p.prompt) prompt for \(p.day)"
        case .repair(let r):
            var parts = ["with \(r.who)", latency(r.latency)]
            if let happened = r.happened, !happened.isEmpty { parts.append(happened) }
            if let mine = r.myPart, !mine.isEmpty { parts.append("my part: \(mine)") }
            if let forThem = r.forThem, !forThem.isEmpty { parts.append("for them: \(forThem)") }
            if let meant = r.meant, !meant.isEmpty { parts.append("I meant: \(meant)") }
            if let step = r.nextStep, !step.isEmpty { parts.append("next step: \(step)") }
            if let gesture = r.gesture { parts.append("way back: \(practiceName(gesture, in: practices))") }
            if let sent = r.sent {
                parts.append("words sent \(SentNote.moment(sent))")
            } else if let words = r.words, !words.isEmpty {
                parts.append("words kept")
            }
            if let landed = r.landed { parts.append(landed ? "it landed" : "not landed yet") }
            return parts.joined(separator: " · ")
        case .tally(let t):
            let sign = t.tone == .positive ? "+" : "−"
            return t.person.map { "\(sign) \(t.text) (\($0))" } ?? "\(sign) \(t.text)"
        case .meeting(let m):
            return meetingLine(m)
        case .letterRead(let m):
            return "read the letter from \(m.from) (\(m.letter))"
        case .letterHidden(let m):
            return "put the letter from \(m.from) out of sight (\(m.letter))"
        case .focus(let f):
            var text = "week's focus: \(practiceName(f.card, in: practices))"
            if let person = f.person { text += " for \(person)" }
            text += " · from \(f.start.shortText)"
            if let stopped = f.stopped { text += " · stopped \(stopped.shortText)" }
            return text
        case .focusDay(let d):
            return "\(practiceName(d.card, in: practices)) on \(d.day.shortText): \(d.done ? "done" : "not done")"
        case .reflection(let r):
            var parts = ["looked back on \(practiceName(r.card, in: practices))" + (r.person.map { " for \($0)" } ?? ""),
                         "felt \(r.felt)/5", choice(r.choice)]
            if let response = r.response, !response.isEmpty { parts.append("they: \(response)") }
            if let noticed = r.noticed, !noticed.isEmpty { parts.append("noticed: \(noticed)") }
            return parts.joined(separator: " · ")
        case .review(let r):
            var parts = ["week of \(r.from.dayAndMonth)–\(r.to.dayAndMonth)", "went well: \(r.wentWell)"]
            if let talk = r.talkAbout, !talk.isEmpty { parts.append("to talk about: \(talk)") }
            return parts.joined(separator: " · ")
        case .note(let n):
            var parts = [n.title, n.text].compactMap { $0 }.filter { !$0.isEmpty }
            if let mood = n.mood { parts.insert("mood \(mood)/5", at: 0) }
            // jrnl's tags are in the words already: name them only when some are not.
            if let tags = n.tags, !tags.isEmpty,
               tags.split(separator: ",").contains(where: { !n.text.includes($0.trimmed()) }) {
                parts.append(tags)
            }
            return parts.joined(separator: " · ")
        case .edit(let e):
            return "edit of \(e.target)"
        case .delete(let d):
            return "delete of \(d.target)"
        }
    }

    /// A card's name for its id; an id no card has any more (a custom card
    /// since removed) stays as written.
    public static func practiceName(_ id: String, in practices: PracticeLibrary) -> String {
        practices.practice(withID: id)?.name ?? id
    }

    /// "stand-up · a breath together", "retro · the round · useful: the demo · …".
    public static func meetingLine(_ meeting: Meeting) -> String {
        var parts = [meeting.label].compactMap { $0?.isEmpty == false ? $0 : nil }
        switch meeting.ritual {
        case .breath:
            parts.append("a breath together")
        case .round:
            parts.append("the round")
            let answers = meeting.answers
            if answers.isEmpty { parts.append("no notes") }
            for answer in answers { parts.append("\(answer.field): \(answer.text)") }
        }
        return parts.joined(separator: " · ")
    }

    /// What became of a practice after its week: "another week", "kept as
    /// one of yours", "let go".
    public static func choice(_ choice: Reflection.Choice) -> String {
        switch choice {
        case .anotherWeek: return "another week"
        case .keep: return "kept as one of yours"
        case .letGo: return "let go"
        }
    }

    /// How soon a repair came, as read afterwards: "right away", "within
    /// the hour", "the same day", "later on".
    public static func latency(_ latency: Repair.Latency) -> String {
        switch latency {
        case .justNow: return "right away"
        case .withinHour: return "within the hour"
        case .today: return "the same day"
        case .earlier: return "later on"
        }
    }
}
