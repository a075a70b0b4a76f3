import TendCore

extension RepairScreen {
    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.repair
        let content = area.content
        form.renderHeader(into: &canvas, area: content)
        // Blank rows between the parts only when the window has them to spare.
        let gap = area.height >= 12 ? 1 : 0
        var flow = Flow(content.dropping(top: 1 + gap))
        func heading(_ text: String) {
            canvas.write(text, in: flow.next(), style: Style(bold: true))
        }
        func note(_ text: String, isWarm: Bool) {
            flow.place(Paragraph(text, style: isWarm ? Style(.warm) : .muted), into: &canvas)
        }
        switch step {
        case .breath:
            breath.render(into: &canvas, area: area.dropping(top: 1), elapsed: context.now.uptime - breathStart,
                          words: context.data.prompts.pause, cue: words.breath)
            if let hint { canvas.write(hint, in: content.bottom(1), style: Style(.warm)) }
        case .when:
            heading(words.when)
            flow.skip(gap)
            let options = Repair.Latency.allCases.map(words.label(of:))
            let selected = Repair.Latency.allCases.firstIndex(of: latency) ?? 0
            ChoiceRow.render(into: &canvas, area: flow.next(ChoiceRow.height(options: options, width: content.width)),
                             options: options, selected: selected)
            flow.skip(gap)
            note(hint ?? words.whenTip, isWarm: hint != nil)
            // Where to turn when there is fear or harm: on the last rows, once, where it fits whole.
            let safety = Paragraph(words.safety, style: .muted)
            let rows = safety.height(width: content.width)
            if !words.safety.isEmpty, rows <= flow.rest.height { safety.render(into: &canvas, area: flow.rest.bottom(rows)) }
        case .what:
            let with = Layout.columns(flow.next(), [.fixed(6), .atMost(30)])
            canvas.write("With", in: with[0], style: .muted)
            who.render(into: &canvas, area: with[1], context: context)
            flow.skip(gap)
            heading(words.what)
            happened.render(into: &canvas, area: flow.next(), context: context)
            flow.skip(gap)
            note(hint ?? nudge ?? words.whatTip, isWarm: hint != nil || nudge != nil)
            if nudge != nil, hint == nil {
                canvas.write("Enter again keeps it as it is.", in: flow.next(), style: .muted)
            }
        case .myPart:
            heading(words.myPart)
            flow.skip(gap)
            myPart.render(into: &canvas, area: flow.next(), context: context)
            flow.skip(gap)
            note(hint ?? words.myPartTip, isWarm: hint != nil)
        case .gesture:
            heading(words.gesture)
            flow.skip(gap)
            if let card = gesture(context) {
                PracticeCardView.render(card, into: &canvas, area: flow.rest.dropping(left: 2))
            }
        case .forThem, .meant, .nextStep:
            if let field = step.talkField {
                talk.render(field, name: who.trimmed, hint: hint, into: &canvas, area: flow.rest, context: context)
            }
        case .words:
            self.words.render(into: &canvas, area: area.dropping(top: 1 + gap), hint: hint, context: context)
        }
    }
}
