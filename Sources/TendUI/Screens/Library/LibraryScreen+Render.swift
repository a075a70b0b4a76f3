import TendCore

extension LibraryScreen {
    /// Where the parts go: the search line, the list, and the card in full
    /// (beside the list in a wide window, under it in a narrow one).
    static func areas(_ body: Rect) -> (top: Rect, list: Rect, card: Rect) {
        let content = body.content
        let gap = body.height >= 12 ? 1 : 0
        let parts = Layout.rows(content, [.fixed(1), .fill], gap: gap)
        if parts[1].width >= 70 {
            let columns = Layout.columns(parts[1], [.fixed(36), .fill], gap: 4)
            return (parts[0], columns[0], columns[1])
        }
        let rows = Layout.rows(parts[1], [.fill, .atMost(parts[1].height >= 10 ? 5 : 3)], gap: gap)
        return (parts[0], rows[0], rows[1])
    }

    /// The rows the list shows in this window.
    static func listHeight(_ context: ScreenContext) -> Int { max(1, areas(context.body).list.height) }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.focus
        let parts = Self.areas(area)
        let rows = rows(context)
        if let choosing {
            return renderPerson(for: choosing, into: &canvas, area: area, context: context)
        }
        renderTop(rows, into: &canvas, area: parts.top, context: context)
        guard !rows.cards.isEmpty else {
            Paragraph(words.libraryNoMatch, style: .muted).render(into: &canvas, area: parts.list)
            return
        }
        let preferences = context.data.config.practices
        let focusCard = context.focus?.card
        let window = list.window(count: rows.rows.count, height: parts.list.height, lead: 1)
        for (offset, index) in window.enumerated() {
            let row = parts.list.dropping(top: offset).top(1)
            switch rows.rows[index] {
            case .heading(let title): canvas.write(title, in: row, style: Style(.accent, bold: true))
            case .note(let text): canvas.write(text, in: row.dropping(left: 2), style: .muted)
            case .card(let card):
                let inner = SelectionBar.render(into: &canvas, row: row, isSelected: index == list.selected)
                let mark = card.id == focusCard ? words.libraryMarkFocus : preferences.hidden.contains(card.id)
                    ? words.libraryMarkHidden : preferences.mine.contains(card.id) ? words.libraryMarkMine : ""
                let columns = Layout.columns(inner, [.fill, .atMost(mark.displayWidth)], gap: 1)
                let isQuiet = preferences.hidden.contains(card.id)
                let base = index == list.selected ? Style.selected : isQuiet ? Style.muted : Style.plain
                canvas.write(card.name, in: columns[0], style: base)
                canvas.write(mark, in: columns[1], style: index == list.selected ? .selected : Style(.muted))
            }
        }
        ScrollMark.render(into: &canvas, beside: parts.list, top: window.lowerBound, count: rows.rows.count)
        if let card = rows.card(at: list.selected) { renderCard(card, into: &canvas, area: parts.card, context: context) }
    }

    private func renderTop(_ rows: LibraryRows, into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.focus
        if isSearching {
            let columns = Layout.columns(area, [.fixed(words.librarySearch.displayWidth), .fill], gap: 1)
            canvas.write(words.librarySearch, in: columns[0], style: Style(bold: true))
            query.render(into: &canvas, area: columns[1], context: context)
        } else if !query.isEmpty {
            let count = Plural.count(Set(rows.cards.compactMap { rows.card(at: $0)?.id }).count, "card")
            canvas.write(FocusWords.fill(words.libraryMatches, ["query": query.trimmed, "count": count]), in: area, style: .muted)
        } else {
            let count = Plural.count(context.data.practices.practices.count, "card")
            canvas.write(hint ?? FocusWords.fill(words.libraryCount, ["count": count]), in: area,
                         style: hint == nil ? .muted : Style(.warm))
        }
    }

    private func renderCard(_ card: Practice, into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        guard !area.isEmpty else { return }
        var flow = Flow(area)
        let isWide = area.height > 5
        if isWide {
            flow.place(Paragraph(card.name, style: Style(bold: true)), into: &canvas)
            flow.skip()
        }
        flow.place(Paragraph(card.how), into: &canvas)
        guard isWide else { return }
        flow.skip()
        flow.place(Paragraph(card.why, style: .muted), into: &canvas)
        flow.skip()
        flow.place(Paragraph(context.data.prompts.followUp(for: card), style: .muted), into: &canvas)
        let preferences = context.data.config.practices
        let words = context.data.prompts.focus
        let status = preferences.hidden.contains(card.id) ? words.libraryHidden : preferences.mine.contains(card.id) ? words.libraryKept : nil
        if let status {
            flow.skip()
            flow.place(Paragraph(status, style: Style(.warm)), into: &canvas)
        }
    }

    private func renderPerson(for card: Practice, into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        var flow = Flow(area.content.dropping(top: area.height >= 12 ? 1 : 0))
        flow.place(Paragraph(card.name, style: Style(.warm, bold: true)), into: &canvas)
        flow.place(Paragraph(card.how), into: &canvas)
        flow.skip()
        let words = context.data.prompts.focus
        canvas.write(words.libraryForWhom, in: flow.next(), style: Style(bold: true))
        flow.skip(area.height >= 12 ? 1 : 0)
        person.render(into: &canvas, area: flow.next(), context: context)
        flow.skip()
        let people = context.data.journal.people
        let startsToday = FocusCalendar.firstDay(choosingAt: context.localNow) == context.today
        let tip = hint ?? (person.isEmpty && !people.isEmpty
            ? FocusWords.fill(words.libraryNamesUsed, ["names": people.prefix(4).joined(separator: ", ")])
            : startsToday ? words.libraryStartsToday : words.libraryStartsTomorrow)
        flow.place(Paragraph(tip, style: hint == nil ? .muted : Style(.warm)), into: &canvas)
    }
}
