import TendCore

extension MeetingOpenScreen {
    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.meeting
        switch stage {
        case .choosing:
            renderChoice(into: &canvas, area: area, words: words)
        case .breathing(let start):
            MeetingBreathView(breath: breath).render(into: &canvas, area: area, elapsed: context.now.uptime - start,
                                                     words: words, label: label)
        case .breathed(let completed):
            MeetingBreathView.renderClosing(completed ? words.breathDone : "", note: completed ? label.map(SafeText.line)
                                            : words.breathStopped, into: &canvas, area: area,
                                            style: Style(.good, bold: true))
        case .thanking:
            let gap = area.height >= 12 ? 1 : 0
            var flow = Flow(area.content.dropping(top: gap))
            if let label {
                canvas.write(SafeText.line(label), in: flow.next(), style: Style(.warm, bold: true))
                flow.skip(gap)
            }
            thanks.render(into: &canvas, area: flow.rest, context: context)
            if let hint = form.hint { canvas.write(hint, in: area.content.bottom(1), style: Style(.warm)) }
        case .sending(let flow):
            SendFlowView.render(flow, heading: "Saved.", into: &canvas, area: area, context: context)
        }
    }

    /// The meeting's name, the question, the two ways in and the tip for the one chosen.
    private func renderChoice(into canvas: inout Canvas, area: Rect, words: MeetingWords) {
        // Blank rows between the parts only when the window has them to spare.
        let gap = area.height >= 10 ? 1 : 0
        var flow = Flow(area.content.dropping(top: gap))
        if let label {
            canvas.write(SafeText.line(label), in: flow.next(), style: Style(.warm, bold: true))
            flow.skip(gap)
        }
        canvas.write(words.open, in: flow.next(), style: Style(bold: true))
        flow.skip(gap)
        let options = [words.opening(0), words.opening(1)]
        ChoiceRow.render(into: &canvas, area: flow.next(ChoiceRow.height(options: options, width: flow.rest.width)),
                         options: options, selected: choice)
        flow.skip(gap)
        flow.place(Paragraph(words.openTip(choice), style: .muted), into: &canvas)
        if let hint = form.hint { canvas.write(hint, in: area.content.bottom(1), style: Style(.warm)) }
    }
}
