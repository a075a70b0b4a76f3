import TendCore

/// How browse shows a week's focus, its look back and a weekly review in
/// full: labelled rows, with cards by name.
enum FocusEntryRows {
    static func rows(of record: Record, data: AppData) -> [(String, String?)] {
        let practices = data.practices, words = data.prompts.focus
        switch record.payload {
        case .focus(let f):
            return [("Practice", RecordSummary.practiceName(f.card, in: practices)),
                    ("For", f.person),
                    ("Week", "\(f.start.shortText) to \(f.lastDay.shortText)"),
                    ("Stopped", f.stopped?.shortText)]
        case .reflection(let r):
            return [("Practice", RecordSummary.practiceName(r.card, in: practices)),
                    ("For", r.person),
                    ("Felt", "\(r.felt) of 5 · \(words.feltLabel(r.felt))"),
                    ("They", r.response),
                    ("Noticed", r.noticed),
                    ("Then", words.label(of: r.choice))]
        case .review(let r):
            return [("Week", "\(r.from.shortText) to \(r.to.shortText)"),
                    ("Went well", r.wentWell),
                    ("To talk about", r.talkAbout)]
        default:
            return [("", RecordSummary.text(of: record, practices: practices))]
        }
    }
}
