import TendCore

extension ReviewScreen {
    /// The step header, the appreciations, and the two lines of the week
    /// (focus, balance) kept at the bottom.
    static func areas(_ body: Rect) -> (header: Rect, intro: Rect, list: Rect, lines: Rect) {
        let gap = body.height >= 14 ? 1 : 0
        let parts = Layout.rows(body.content, [.fixed(1), .fixed(1), .fill, .fixed(2)], gap: gap)
        return (parts[0], parts[1], parts[2], parts[3])
    }

    static func listHeight(_ context: ScreenContext) -> Int { max(1, areas(context.body).list.dropping(bottom: 1).height) }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.focus
        let parts = Self.areas(area)
        form.renderHeader(into: &canvas, area: parts.header)
        let intro = FocusWords.fill(words.reviewIntro, ["from": week.from.shortText, "to": week.to.shortText])
        canvas.write(intro, in: parts.intro, style: Style(.warm, bold: true))
        switch step {
        case .week:
            renderAppreciations(into: &canvas, area: parts.list, context: context)
        case .wentWell, .talkAbout:
            var flow = Flow(parts.list)
            let isWell = step == .wentWell
            flow.place(Paragraph(isWell ? words.wentWell : words.talkAbout, style: Style(bold: true)), into: &canvas)
            flow.skip(area.height >= 14 ? 1 : 0)
            (isWell ? wentWell : talkAbout).render(into: &canvas, area: flow.next(), context: context)
            flow.skip()
            let tip = form.hint ?? (isWell ? words.wentWellTip : words.talkAboutTip)
            flow.place(Paragraph(tip, style: form.hint == nil ? .muted : Style(.warm)), into: &canvas)
        }
        renderLines(into: &canvas, area: parts.lines, context: context)
    }

    private func renderAppreciations(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.focus
        guard !week.appreciations.isEmpty else {
            Paragraph(words.noAppreciations, style: .muted).render(into: &canvas, area: area)
            return
        }
        canvas.write(words.reviewAppreciations, in: area.top(1), style: .muted)
        let list = area.dropping(top: 1)
        let lines = week.lines(width: list.width)
        let window = scroll.window(count: lines.count, height: list.height)
        for (offset, index) in window.enumerated() {
            canvas.write(lines[index], in: list.dropping(top: offset).top(1))
        }
        ScrollMark.render(into: &canvas, beside: list, top: window.lowerBound, count: lines.count)
    }

    /// "Focus: A real good morning, for Ana  ● ● ○ …" and the balance.
    private func renderLines(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.focus
        let rows = Layout.rows(area, [.fixed(1), .fixed(1)])
        if let focus = week.focus {
            let name = context.data.practices.practice(withID: focus.week.focus.card)?.name ?? focus.week.focus.card
            let text = FocusWords.fill(words.reviewFocus, ["card": words.card(name, for: focus.week.focus.person)])
            let columns = Layout.columns(rows[0], [.fill, .fixed(FocusMarksView.width)], gap: 2)
            canvas.write(text, in: columns[0], style: .muted)
            FocusMarksView.render(focus.marks, into: &canvas, area: columns[1])
        } else {
            canvas.write(words.reviewNoFocus, in: rows[0], style: .muted)
        }
        let balance = FocusWords.fill(words.reviewBalance, ["good": Plural.grouped(week.balance.good),
                                                            "hard": Plural.grouped(week.balance.hard)])
        canvas.write(balance, in: rows[1], style: .muted)
    }
}
