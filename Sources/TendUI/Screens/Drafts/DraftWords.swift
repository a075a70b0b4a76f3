import TendCore

/// What Tend says about a draft: the line that offers it back, a glimpse of
/// the words, and the line left in the shell when Ctrl-C keeps it.
enum DraftWords {
    /// "You were writing to Zoë."
    static func headline(for draft: Draft) -> String {
        let person = SafeText.line(draft.person)
        switch draft.kind {
        case .appreciation:
            return person.isEmpty ? "You were writing an appreciation." : "You were writing to \(person)."
        case .repair:
            return person.isEmpty ? "You were in the middle of a repair." : "You were in the middle of a repair with \(person)."
        case .checkIn:
            return person.isEmpty ? "You were in the middle of a check-in." : "You were in the middle of a check-in, for \(person)."
        case .tally:
            return draft.choices["tone"] == 0 ? "You were noting a hard moment." : "You were noting a good moment."
        case .meeting:
            let label = SafeText.line(draft["label"]).trimmed()
            return label.isEmpty ? "You were closing a meeting." : "You were closing \(label)."
        case .reflection: return "You were looking back on your week's focus."
        case .review: return "You were looking back on your week."
        }
    }

    /// The words written so far, if there are any worth showing.
    static func glimpse(of draft: Draft) -> String? {
        let field: String
        switch draft.kind {
        case .appreciation, .tally: field = "text"
        case .repair: field = draft["happened"].isEmpty ? "myPart" : "happened"
        case .meeting: field = ["useful", "confusing", "energising"].first { !draft[$0].isEmpty } ?? "useful"
        case .checkIn: return nil
        case .reflection: field = draft["noticed"].isEmpty ? "response" : "noticed"
        case .review: field = draft["talkAbout"].isEmpty ? "wentWell" : "talkAbout"
        }
        let words = SafeText.line(draft[field]).trimmed()
        return words.isEmpty ? nil : "“\(words)”"
    }

    /// The question after a first Ctrl-C, when the draft will be kept.
    static func leaveQuestion(keeping draft: Draft) -> String {
        draft.kind == .checkIn ? "Leave now? Your check-in will wait." : "Leave now? Your words will wait."
    }

    /// For the shell, after Ctrl-C: "Your appreciation for Zoë is kept; Tend offers it back next time."
    static func keptLine(for draft: Draft) -> String {
        let person = draft.person
        let what: String
        switch draft.kind {
        case .appreciation: what = person.isEmpty ? "Your appreciation" : "Your appreciation for \(person)"
        case .repair: what = person.isEmpty ? "Your repair" : "Your repair with \(person)"
        case .checkIn: what = "Your check-in"
        case .tally: what = "Your note"
        case .meeting: what = "Your round"
        case .reflection: what = "Your look back"
        case .review: what = "Your week's look back"
        }
        return "\(what) is kept; Tend offers it back next time."
    }
}
