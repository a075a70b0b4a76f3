import TendCore

/// The words and pictures of the week screen, as lines for a width: the
/// heat map, then mood, weekdays, streak, thanks, people, practices and
/// pauses. `tend stats` prints the same lines, so the shell and the screen
/// never disagree.
struct WeekLayout {
    let stats: HabitStats
    let practices: PracticeLibrary
    let prompts: PromptLibrary

    /// Every line for `width` columns, with as much air as `height` rows
    /// allow: a blank line between all sections, else only below the map,
    /// else none.
    func lines(width: Int, height: Int = .max) -> [WeekLine] {
        let map = HeatMapView.lines(stats.heatMap, width: width)
        let parts = sections(width: width).map { $0.lines(width: width) }
        let roomy = map + parts.flatMap { [WeekLine.blank] + $0 }
        if roomy.count <= height { return roomy }
        let spaced = map + [.blank] + parts.joined()
        return spaced.count <= height ? spaced : map + parts.joined()
    }

    /// The lines as plain text for the shell: no blank lines between sections.
    func compactLines(width: Int) -> [WeekLine] {
        HeatMapView.lines(stats.heatMap, width: width) + sections(width: width).flatMap { $0.lines(width: width) }
    }

    func sections(width: Int) -> [WeekSection] {
        let room = WeekSection.contentWidth(width)
        var sections = [mood]
        if stats.mood.checkInCount > 0 { sections.append(weekdays) }
        sections += [streak, thanks, balance, people(room: room), practiceSection(room: room), pauses]
        // Only for those who hold rituals at work: nobody else is shown an empty line about meetings.
        if stats.meetings.allTime > 0 { sections.append(meetings(room: room)) }
        return sections
    }

    /// The first pieces of a list that fit on one line of `room` columns
    /// (always the first two: a label and one item), then "and N more".
    private func fitting(_ pieces: [WeekLine.Piece], room: Int) -> [WeekLine.Piece] {
        var kept: [WeekLine.Piece] = [], used = 0
        for (index, piece) in pieces.enumerated() {
            let rest = pieces.count - index
            let more = rest > 1 ? ", and \(rest - 1) more".displayWidth : 0
            let width = (kept.isEmpty ? 0 : piece.joiner.displayWidth) + piece.line.width
            if kept.count >= 2, used + width + more > room {
                return kept + [.init(quiet("and \(rest) more"), joiner: ", ")]
            }
            kept.append(piece)
            used += width
        }
        return kept
    }

    private var mood: WeekSection {
        guard let average = stats.mood.average else {
            return WeekSection(label: "Mood", rows: [[.init(quiet("No morning check-ins in the last 30 days"))]])
        }
        var spark = WeekLine()
        for day in stats.mood.daily {
            let bar = day.map { Sparkline.bar(for: $0, in: MoodTrend.scale) } ?? Sparkline.gap
            spark = spark.appending(String(bar), day == nil ? .muted : Style(.accent))
        }
        let scale = WeekLine(String(Sparkline.bars[0]), Style(.accent)).appending(" 1 low  ", .muted)
            .appending(String(Sparkline.bars[Sparkline.bars.count - 1]), Style(.accent)).appending(" 5 bright", .muted)
        return WeekSection(label: "Mood", rows: [[
            .init(spark),
            .init(scale, joiner: "  "),
            .init(quiet("average ").appending(Self.decimal(average)), joiner: "  "),
        ]])
    }

    private var weekdays: WeekSection {
        let pieces = zip(Weekday.mondayFirst, stats.mood.weekdayAverages).map { day, average in
            WeekLine.Piece(quiet(Self.weekdayName(day) + " ").appending(average.map(Self.decimal) ?? "–"), joiner: "  ")
        }
        return WeekSection(label: "By weekday", rows: [pieces])
    }

    private var streak: WeekSection {
        let days = stats.streak
        let length = days == 0 ? WeekLine("Starts with your next ritual")
            : WeekLine(Plural.count(days, "day"), Style(.good, bold: true)).appending(" in a row")
        return WeekSection(label: "Streak", rows: [[.init(length), .init(quiet("one missed day a week is forgiven"), joiner: "; ")]])
    }

    private var thanks: WeekSection {
        var pieces: [WeekLine.Piece] = [
            .init(number(stats.appreciationsThisWeek).appending(" this week")),
            .init(number(stats.appreciationsLastWeek).appending(" last week")),
        ]
        // Only once sending is part of the habit: a private journal is never nagged.
        if stats.appreciationsThisWeek > 0, stats.sentCount > 0 {
            pieces.append(.init(quiet("sent ").appending(number(stats.sentThisWeek))
                .appending(" of \(EntryText.grouped(stats.appreciationsThisWeek)) this week", .muted)))
        }
        return WeekSection(label: "Thanks", rows: [pieces])
    }

    /// Good moments beside hard ones: this week in numbers and what the good
    /// ones were (or, before any, what counts), the last weeks as a line of
    /// bars (the share of good moments), how soon repairs come, and the
    /// reminder that the ratio is a compass.
    private var balance: WeekSection {
        let b = stats.balance
        let week = b.thisWeek
        var now: [WeekLine.Piece] = [
            .init(quiet("this week ").appending(String(week.good), Style(.good, bold: true)).appending(" good : ", .muted)
                .appending(String(week.hard), Style(bold: true)).appending(" hard", .muted)),
        ]
        if week.repairs > 0 { now.append(.init(number(week.repairs).appending(" " + Plural.noun(week.repairs, "repair")))) }
        var bars = WeekLine()
        for past in b.weeks {
            bars = past.goodShare.map { bars.appending(String(Sparkline.bar(for: $0, in: 0...1)), Style(.accent)) }
                ?? bars.appending(String(Sparkline.gap), .muted)
        }
        let counts: [WeekLine.Piece] = week.goodSources().map { [.init(quiet("good: " + $0))] }
            ?? words(prompts.balance.counts)
        var rows = [now, counts,
                    [.init(bars), .init(quiet("good moments as a share, \(BalanceStats.weekCount) weeks"), joiner: "  ")]]
        if let typical = b.typicalLatency {
            let count = Plural.count(b.repairCount, "repair")
            rows.append([.init(quiet("Repairs usually come ").appending(prompts.repair.label(of: typical))),
                         .init(quiet(count + " in all"), joiner: "; ")])
        }
        rows.append(words(prompts.balance.compass))
        return WeekSection(label: "Balance", rows: rows)
    }

    private func people(room: Int) -> WeekSection {
        let people = stats.people
        guard let longest = people.quietest else {
            return WeekSection(label: "People", rows: [[.init(quiet("Nobody yet. Your first appreciation starts this list."))]])
        }
        var month: [WeekLine.Piece] = [.init(quiet("This month:"))]
        if people.thisMonth.isEmpty {
            month.append(.init(quiet("nobody yet"), joiner: " "))
        }
        for (index, person) in people.thisMonth.enumerated() {
            month.append(.init(name(person.name).appending(" (\(person.count))"), joiner: index == 0 ? " " : ", "))
        }
        let since = EntryText.since(longest.lastDay, today: stats.today)
        let quietest: [WeekLine.Piece] = [
            .init(quiet("Quiet longest: ").appending(name(longest.name))),
            .init(quiet("last thanked \(since)"), joiner: ", "),
        ]
        return WeekSection(label: "People", rows: [fitting(month, room: room), quietest])
    }

    private func practiceSection(room: Int) -> WeekSection {
        let p = stats.practices
        guard p.chosen > 0 else {
            return WeekSection(label: "Practices", rows: [[.init(quiet("None chosen in the last 30 days"))]])
        }
        var counts: [WeekLine.Piece] = [
            .init(number(p.chosen).appending(" chosen in 30 days")),
            .init(number(p.done).appending(" done")),
        ]
        if p.unanswered > 0 { counts.append(.init(number(p.unanswered).appending(" not answered yet", .muted))) }
        var rows = [counts]
        let most = p.mostDone(limit: 10, library: practices)
        if !most.isEmpty {
            var row: [WeekLine.Piece] = [.init(quiet("Done most:"))]
            for (index, practice) in most.enumerated() {
                row.append(.init(WeekLine(SafeText.line(practice.name), Style(bold: true)).appending(" (\(practice.count))"),
                                 joiner: index == 0 ? " " : ", "))
            }
            rows.append(fitting(row, room: room))
        }
        if let group = p.leastTriedGroup(library: practices) {
            rows.append([.init(quiet("Least tried: ").appending(prompts.title(of: group)))])
        }
        return WeekSection(label: "Practices", rows: rows)
    }

    private var pauses: WeekSection {
        let p = stats.pauses
        guard p.count > 0 else { return WeekSection(label: "Pauses", rows: [[.init(quiet("None yet this week"))]]) }
        var pieces: [WeekLine.Piece] = [
            .init(number(p.count).appending(" this week")),
            .init(WeekLine("\(p.completed) whole, \(p.cancelled) stopped early")),
        ]
        if let intention = p.mostChosenIntention {
            pieces.append(.init(quiet("mostly ").appending(intention.rawValue, Style(.accent))))
        }
        return WeekSection(label: "Pauses", rows: [pieces])
    }

    /// This week's meetings: how many, how they were opened and closed, and which.
    private func meetings(room: Int) -> WeekSection {
        let m = stats.meetings
        guard m.meetings > 0 else { return WeekSection(label: "Meetings", rows: [[.init(quiet("None yet this week"))]]) }
        var counts: [WeekLine.Piece] = [.init(number(m.meetings).appending(" this week"))]
        var opened: [String] = []
        if m.breaths > 0 { opened.append(Plural.count(m.breaths, "breath")) }
        if m.appreciations > 0 { opened.append(Plural.count(m.appreciations, "thank-you")) }
        // "and 1 thank-you" is a piece of its own, so a narrow window breaks the line there.
        for (index, way) in opened.enumerated() {
            counts.append(index == 0 ? .init(quiet("opened with ").appending(way)) : .init(quiet("and ").appending(way), joiner: " "))
        }
        if m.rounds > 0 { counts.append(.init(quiet("closed with ").appending(Plural.count(m.rounds, "round")))) }
        var rows = [counts]
        let labels = m.labels
        if !labels.isEmpty {
            var row: [WeekLine.Piece] = [.init(quiet("Held:"))]
            for (index, entry) in labels.enumerated() {
                row.append(.init(WeekLine(SafeText.line(entry.label), Style(bold: true)).appending(" (\(entry.count))"),
                                 joiner: index == 0 ? " " : ", "))
            }
            rows.append(fitting(row, room: room))
        }
        return WeekSection(label: "Meetings", rows: rows)
    }

    private func quiet(_ text: String) -> WeekLine { WeekLine(text, .muted) }
    /// A sentence as pieces that flow word by word onto more lines.
    private func words(_ sentence: String) -> [WeekLine.Piece] {
        sentence.split(separator: " ").map { .init(quiet(String($0)), joiner: " ") }
    }
    private func number(_ n: Int) -> WeekLine { WeekLine(EntryText.grouped(n), Style(bold: true)) }
    private func name(_ text: String) -> WeekLine { WeekLine(SafeText.line(text), Style(.accent)) }

    /// 3.84 as "3.8".
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// "Mon".
    static func weekdayName(_ day: Weekday) -> String {
        day.abbreviation
    }
}
