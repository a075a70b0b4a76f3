import TendCore

/// What the weekly look-back reads back: the last seven local days (today
/// the last of them), the appreciations written in them, oldest first, the
/// week's focus and its marks, and the balance of good moments and hard.
struct ReviewWeek: Hashable, Sendable {
    struct Thanks: Hashable, Sendable {
        var day: LocalDay
        var person: String
        var text: String
    }

    /// The focus that ran in the week, with its marks as of the review.
    struct WeekFocus: Hashable, Sendable {
        var week: FocusWeek
        var marks: [FocusMark]
    }

    let from: LocalDay
    let to: LocalDay
    let appreciations: [Thanks]
    let focus: WeekFocus?
    let balance: BalanceWeek

    init(context: ScreenContext) {
        to = context.today
        from = to.adding(days: -6)
        let range = from...to
        let records = context.data.journal.records(from: from.adding(days: -(Focus.length + 1)))
        var thanks: [Thanks] = []
        var counts = (appreciations: 0, practices: 0, good: 0, hard: 0, repairs: 0)
        for record in records where range.contains(record.localDay) {
            if case .appreciation(let a) = record.payload { thanks.append(Thanks(day: record.localDay, person: a.person, text: a.text)) }
            switch BalanceMoment(record) {
            case .appreciation?: counts.appreciations += 1
            case .practiceDone?: counts.practices += 1
            case .notedGood?: counts.good += 1
            case .hard?: counts.hard += 1
            case .repair?: counts.repairs += 1
            case nil: break
            }
        }
        appreciations = thanks
        balance = BalanceWeek(monday: from, appreciations: counts.appreciations, practicesDone: counts.practices,
                              notedGood: counts.good, hard: counts.hard, repairs: counts.repairs)
        focus = Self.weekFocus(in: records, from: from, to: to)
    }

    /// The focus that ran on most of the week's days (the later one when two
    /// ran as long, say one ending on Friday and the next begun on Saturday).
    static func weekFocus(in records: some Collection<Record>, from: LocalDay, to: LocalDay) -> WeekFocus? {
        var best: (days: Int, record: Record, focus: Focus)?
        for record in records {
            guard case .focus(let focus) = record.payload else { continue }
            let last = min(focus.lastDay, focus.stopped ?? focus.lastDay, to)
            let days = last.daysSinceEpoch - max(focus.start, from).daysSinceEpoch + 1
            guard days > 0 else { continue }
            if let best, best.days > days || (best.days == days && Record.chronologically(record, best.record)) { continue }
            best = (days, record, focus)
        }
        guard let best else { return nil }
        let week = FocusTracker.week(of: best.record.id, time: best.record.time, focus: best.focus, in: records)
        return WeekFocus(week: week, marks: week.marks(on: to))
    }

    /// The appreciations as lines `width` columns wide: "Tue  Ana: You kept
    /// the soup warm.", longer ones wrapped under their first line.
    func lines(width: Int) -> [String] {
        guard width > 8 else { return [] }
        var lines: [String] = []
        for thanks in appreciations {
            let name = thanks.day.weekday.shortName
            let day = name.prefix(1).uppercased() + name.dropFirst()
            let text = SafeText.line("\(thanks.person): \(thanks.text)")
            // Lines after the first start under the text, past "Tue  ".
            let indent = String(repeating: " ", count: day.count + 2)
            let wrapped = text.wrapped(toWidth: width - indent.count)
            lines += wrapped.enumerated().map { ($0.offset == 0 ? day + "  " : indent) + $0.element }
        }
        return lines
    }
}
