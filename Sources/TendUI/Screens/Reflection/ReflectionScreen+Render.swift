import TendCore

extension ReflectionScreen {
    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.focus
        let content = area.content
        let gap = area.height >= 14 ? 1 : 0
        if let done {
            var flow = Flow(content.dropping(top: gap))
            flow.place(Paragraph(done.said, style: Style(.good)), into: &canvas)
            flow.skip()
            guard let next = done.next else {
                flow.place(Paragraph(words.nextNone, style: .muted), into: &canvas)
                return
            }
            canvas.write(words.next, in: flow.next(), style: Style(bold: true))
            flow.skip(gap)
            PracticeCardView.render(next, into: &canvas, area: flow.rest.dropping(left: 2))
            return
        }
        form.renderHeader(into: &canvas, area: content)
        var flow = Flow(content.dropping(top: 1 + gap))
        let card = context.focusCard(focus)
        // The intro and the week's marks only where they leave room for the question.
        if area.height >= 12 {
            flow.place(Paragraph(FocusWords.fill(words.reflectionIntro, ["card": card]), style: Style(.warm)), into: &canvas)
            FocusMarksView.render(focus.week.marks(on: focus.today), into: &canvas, area: flow.next())
            flow.skip(gap)
        }
        switch step {
        case .felt:
            canvas.write(words.felt, in: flow.next(), style: Style(bold: true))
            flow.skip(gap)
            let options = (1...5).map(words.feltLabel)
            ChoiceRow.render(into: &canvas, area: flow.next(ChoiceRow.height(options: options, width: flow.rest.width)),
                             options: options, selected: felt - 1)
        case .response, .noticed:
            let isResponse = step == .response
            let person = focus.person.map(SafeText.line)
            let question = isResponse
                ? person.map { FocusWords.fill(words.response, ["person": $0]) } ?? words.responseAnyone : words.noticed
            canvas.write(question, in: flow.next(), style: Style(bold: true))
            flow.skip(gap)
            (isResponse ? response : noticed).render(into: &canvas, area: flow.next(), context: context)
            flow.skip(gap)
            flow.place(Paragraph(form.hint ?? words.optionalTip, style: form.hint == nil ? .muted : Style(.warm)), into: &canvas)
            // The card's own evening question, as the evenings asked it.
            if isResponse, let practice = context.data.practices.practice(withID: focus.card) {
                flow.skip(gap)
                flow.place(Paragraph("Your evenings asked: “\(context.data.prompts.followUp(for: practice))”", style: .muted),
                           into: &canvas)
            }
            return
        case .choice:
            canvas.write(words.choice, in: flow.next(), style: Style(bold: true))
            flow.skip(gap)
            let options = Reflection.Choice.allCases.map(words.label)
            let selected = Reflection.Choice.allCases.firstIndex(of: choice) ?? 0
            ChoiceRow.render(into: &canvas, area: flow.next(ChoiceRow.height(options: options, width: flow.rest.width)),
                             options: options, selected: selected)
        }
        if let hint = form.hint { canvas.write(hint, in: content.bottom(1), style: Style(.warm)) }
    }
}
