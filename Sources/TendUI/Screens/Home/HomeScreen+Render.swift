import TendCore

extension HomeScreen {
    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let content = area.content
        let summary = DaySummary(context: context)
        let items = Self.rows(height: area.height, context: context)
        // Blank rows around the greeting only when the menu and the balance still fit.
        let isRoomy = area.height >= items.count + 5
        // With no row of its own below the menu, the balance takes the streak's place.
        let hasBalanceRow = area.height >= items.count + 3
        // And with no row at all below it, a mistake in the journal or the config takes the greeting's,
        // so it is never hidden; a letter's mark keeps its place at the row's end.
        let problemOnTop = area.height <= items.count + 1
            ? context.data.journalProblems.first ?? context.data.configProblems.first : nil
        var flow = Flow(content.dropping(top: isRoomy ? 1 : 0))
        let greetingRow = flow.next()
        let corner = renderGreeting(into: &canvas, row: greetingRow, problem: problemOnTop, hasBalanceRow: hasBalanceRow,
                                       summary: summary, context: context)
        flow.skip(isRoomy ? 1 : 0)
        renderMenu(items, into: &canvas, flow: &flow, summary: summary)
        let belowMenu = flow.rest
        flow.skip()
        // The last row holds the balance; a problem in the journal or the config, wrapped, the rows above it.
        let balanceRow = content.bottom(1)
        let problem = context.data.journalProblems.first ?? context.data.configProblems.first
        let problemRoom = hasBalanceRow ? belowMenu.dropping(bottom: 1) : belowMenu
        let problemRows = Self.problemLines(problem, width: content.width, rows: problemRoom.height)
        // What is left between them, less a blank row above the balance (or the problem).
        var free = flow.rest.dropping(bottom: 2 + problemRows.count)
        // A letter waiting: one quiet line above today's practice, where the problem rows leave room;
        // else, in a small window, a mark beside the greeting.
        if free.height >= 2, LettersLine.render(into: &canvas, x: free.x, y: free.y, width: free.width, context: context) {
            free = free.dropping(top: 2)
        } else if let mark = LettersLine.mark(context) {
            // Left of the streak or the balance, two columns apart, where the greeting leaves room.
            let used = corner.used > 0 ? corner.used + 2 : 0
            if mark.displayWidth <= corner.room - used {
                canvas.write(mark, in: greetingRow.right(used + mark.displayWidth).left(mark.displayWidth), style: Style(.warm))
            }
        }
        renderToday(into: &canvas, free: free, firstRow: belowMenu.top(problemRoom.height > problemRows.count ? 1 : 0),
                    selected: items[selection(in: items)], summary: summary, context: context)
        var problems = Flow(problemRoom.bottom(problemRows.count))
        for line in problemRows { canvas.write(line, in: problems.next(), style: Style(.alert)) }
        if hasBalanceRow, balanceRow.y >= free.y {
            BalanceLine.render(summary.balance, words: context.data.prompts.balance, into: &canvas,
                               x: balanceRow.x, y: balanceRow.y, width: balanceRow.width)
        }
    }

    /// The greeting (or the problem that takes its place), and at its end the
    /// streak or, without a row of its own, the balance. Returns the columns the
    /// greeting leaves (three after it) and how many of them those took, at the row's end.
    private func renderGreeting(into canvas: inout Canvas, row: Rect, problem: String?, hasBalanceRow: Bool,
                                summary: DaySummary, context: ScreenContext) -> (room: Int, used: Int) {
        let greeting = Greeting.forHour(context.localNow.local.hour)
        let room = Layout.columns(row, [.fixed(greeting.displayWidth), .fixed(3), .fill])[2].width
        if let problem {
            // The mistake has the row, but for a letter's mark.
            let markRoom = LettersLine.mark(context).map { $0.displayWidth + 2 } ?? 0
            canvas.write(problem, in: Layout.columns(row, [.fill, .fixed(markRoom)])[0], style: Style(.alert))
            return (room, 0)
        }
        canvas.write(greeting, in: row, style: Style(.warm, bold: true))
        if !hasBalanceRow, !summary.balance.isEmpty {
            let spans = BalanceLine.spans(summary.balance, width: room)
            let at = row.right(BalanceLine.columns(of: spans))
            BalanceLine.render(spans, into: &canvas, x: at.x, y: at.y, width: room)
            return (room, at.width)
        }
        guard summary.streak > 1, summary.streakText.displayWidth <= room else { return (room, 0) }
        let at = row.right(summary.streakText.displayWidth)
        canvas.write(summary.streakText, in: at, style: Style(.good))
        return (room, at.width)
    }

    /// The menu, one row per item: the selection's mark, the key, the name, and where it stands today.
    private func renderMenu(_ items: [HomeMenu.Item], into canvas: inout Canvas, flow: inout Flow, summary: DaySummary) {
        let selection = selection(in: items)
        let nameWidth = items.map(\.name.displayWidth).max() ?? 0
        for (index, item) in items.enumerated() where !flow.isFull {
            let row = flow.next()
            // The status may use the first column of the right margin.
            let parts = Layout.columns(row.inset(by: Margins(right: -2)), [.fixed(2), .fixed(3), .fixed(nameWidth), .fixed(3), .fill, .fixed(1)])
            let isSelected = index == selection
            canvas.write(isSelected ? "›" : " ", in: parts[0], style: .key)
            canvas.write(String(item.key), in: parts[1], style: .key)
            canvas.write(item.name, in: row.dropping(left: 5), style: isSelected ? Style(bold: true) : .plain)
            let status = summary.status(for: item)
            let mark = status.isDone ? "✓ " : ""
            // Narrow windows get a compact status rather than a cut sentence.
            let text = (mark + status.text).displayWidth <= parts[4].width ? mark + status.text : mark + summary.shortStatus(for: item)
            canvas.write(text, in: parts[4], style: status.isDone ? Style(.good) : .muted)
        }
    }

    /// Under the menu: the week's focus, or today's practice, or what the chosen item is.
    private func renderToday(into canvas: inout Canvas, free: Rect, firstRow: Rect, selected: HomeMenu.Item,
                             summary: DaySummary, context: ScreenContext) {
        if let focus = context.focus {
            // A small window has only the row under the menu: the marks and the card go there.
            HomeFocusView.render(focus, into: &canvas, area: free.isEmpty ? firstRow : free, context: context)
        } else if let practice = summary.practice, free.height >= 2 {
            var flow = Flow(free)
            canvas.write("Today's practice", in: flow.next(), style: .muted)
            var card = Flow(flow.rest.dropping(left: 2))
            canvas.write(practice.name, in: card.next(), style: Style(bold: true))
            let how = Paragraph(practice.how)
            how.render(into: &canvas, area: card.rest)
            HomeFocusView.renderHint(after: 2 + how.height(width: card.rest.width), into: &canvas, area: free, context: context)
        } else if !free.isEmpty {
            let detail = Paragraph(selected.detail, style: .muted)
            detail.render(into: &canvas, area: free)
            HomeFocusView.renderHint(after: detail.height(width: free.width), into: &canvas, area: free, context: context)
        }
    }
}
