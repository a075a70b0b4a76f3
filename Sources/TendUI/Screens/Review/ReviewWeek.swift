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
        let latest = FocusTracker.latestWeek(in: records)
        if let latest, latest.firstDay <= to, latest.lastDay >= from, (latest.focus.stopped ?? to) >= from {
            focus = WeekFocus(week: latest, marks: latest.marks(on: to))
        } else {
            focus = nil
        }
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
            let wrapped = text.wrapped(toWidth: width - 5)
            lines += wrapped.enumerated().map { ($0.offset == 0 ? day + "  " : "     ") + $0.element }
        }
        return lines
    }
}
