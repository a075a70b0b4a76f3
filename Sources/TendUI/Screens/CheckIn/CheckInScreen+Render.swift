import TendCore

extension CheckInScreen {
    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let content = area.content
        // Words for the time they are read at (and, for the earlier check-in, the time it was made).
        let now = DayPart(context.now.wall, in: context.zone)
        if let earlier {
            var flow = Flow(content.dropping(top: 1))
            let when = DayPart(hour: earlier.time.local.hour).this
            canvas.write("You checked in \(when) at \(ClockText.time(earlier.time.date, in: context.zone)).",
                         in: flow.next(), style: Style(bold: true))
            flow.skip()
            canvas.write("Replace it with a fresh one, or add another?", in: flow.next())
            return
        }
        form.renderHeader(into: &canvas, area: content)
        if let hint { canvas.write(hint, in: content.bottom(1), style: Style(.warm)) }
        // The step's question on the third row, its answer after a blank row.
        var flow = Flow(content.dropping(top: 2))
        func heading(_ text: String) {
            canvas.write(text, in: flow.next(), style: Style(bold: true))
            flow.skip()
        }
        let guide = context.data.prompts.intentions
        switch step {
        case .mood:
            heading(now == .night ? "How do you feel right now?" : "How do you feel \(now.this)?")
            ChoiceRow.render(into: &canvas, area: flow.rest, options: MoodScale.labels, selected: mood - 1)
        case .intention:
            heading("One intention for today:")
            let options = Intention.allCases.map { guide.label(of: $0) }
            ChoiceRow.render(into: &canvas, area: flow.next(ChoiceRow.height(options: options, width: content.width)),
                             options: options, selected: intention)
            flow.skip()
            flow.place(Paragraph(guide.summary(of: Intention.allCases[intention]), style: .muted), into: &canvas)
        case .practice:
            choice.render(into: &canvas, area: flow.rest.dropping(bottom: hint == nil ? 0 : 1), context: context)
        case .person:
            heading("Who is it for? (optional)")
            person.render(into: &canvas, area: flow.next(), context: context)
            flow.skip()
            let people = context.data.journal.people
            if person.isEmpty, !people.isEmpty {
                canvas.write("Names you have used: \(people.prefix(4).joined(separator: ", "))", in: flow.next(), style: .muted)
            }
        case .summary:
            heading(now == .morning ? "Your morning:" : "Your check-in:")
            renderSummary(into: &canvas, area: flow.rest, context: context)
        }
    }

    /// The answers, a label column and a value column, and whether it replaces an earlier one.
    private func renderSummary(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        var flow = Flow(area)
        let name = person.trimmed
        let rows = [
            ("Mood", "\(mood) · \(MoodScale.label(mood))"),
            ("Intention", context.data.prompts.intentions.label(of: Intention.allCases[intention])),
            ("Practice", choice.summary(context)),
            ("For", name.isEmpty ? "anyone you meet" : name),
        ]
        for (label, value) in rows {
            let columns = Layout.columns(flow.next(), [.fixed(11), .fill])
            canvas.write(label, in: columns[0], style: .muted)
            canvas.write(value, in: columns[1])
        }
        flow.skip()
        if replacing != nil { canvas.write("This replaces today's earlier check-in.", in: flow.next(), style: .muted) }
    }
}
