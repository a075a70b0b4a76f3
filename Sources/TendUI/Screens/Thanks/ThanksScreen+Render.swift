import TendCore

extension ThanksScreen {
    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        switch stage {
        case .sending(let flow):
            SendFlowView.render(flow, heading: "Saved.", into: &canvas, area: area, context: context)
        case .asking(let question):
            var flow = Flow(area.content.dropping(top: 1))
            canvas.write("Saved.", in: flow.next(), style: Style(.good, bold: true))
            flow.skip()
            let lines = question.lines(context.data.prompts)
            for (index, text) in lines.enumerated() {
                flow.place(Paragraph(text, style: index == lines.count - 1 ? Style(bold: true) : .plain), into: &canvas)
            }
        case .writing:
            renderFields(into: &canvas, area: area, context: context)
        }
    }

    /// The night's prompt, the two fields behind their labels, and the tip, hint or nudge.
    private func renderFields(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        var flow = Flow(area.content.dropping(top: 1))
        flow.place(Paragraph(context.data.prompts.bedtime.prompt(forDay: context.dayNumber), style: Style(.warm, bold: true)),
                   into: &canvas)
        // Breathing room between fields, when the window has it.
        let gap = area.height >= 12 ? 1 : 0
        flow.skip(gap)
        let labels: [Length] = [.fixed(7), .fill]
        let about = Layout.columns(flow.next(), labels)
        canvas.write("About", in: about[0], style: .muted)
        person.render(into: &canvas, area: about[1], context: context)
        flow.skip(gap)
        // The sentence wraps over up to three rows (two in a small window), so all of it can be read.
        let width = Layout.columns(flow.rest, labels)[1].width
        let wrote = Layout.columns(flow.next(sentence.height(width: width, limit: area.height >= 12 ? 3 : 2)), labels)
        canvas.write("Wrote", in: wrote[0], style: .muted)
        sentence.render(into: &canvas, area: wrote[1], context: context)
        flow.skip(gap)
        let note = hint ?? nudge ?? context.data.prompts.appreciation.tip
        flow.place(Paragraph(note, style: hint != nil || nudge != nil ? Style(.warm) : .muted), into: &canvas)
        if nudge != nil { canvas.write("Enter again saves it as it is.", in: flow.next(), style: .muted) }
    }
}
