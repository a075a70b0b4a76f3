import TendCore

extension RepairScreen {
    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.repair
        StepHeader.render(into: &canvas, area: area, step: step.rawValue, of: Step.allCases.count, name: stepName)
        let x = area.x + 2, width = area.width - 4
        // Blank rows between the parts only when the window has them to spare.
        let gap = area.height >= 12 ? 1 : 0
        var y = area.y + 1 + gap
        switch step {
        case .breath:
            let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
            breath.render(into: &canvas, area: body, elapsed: context.now.uptime - breathStart,
                          words: context.data.prompts.pause, cue: words.breath)
            if let hint { canvas.write(hint, x: x, y: area.maxY - 1, style: Style(.warm), truncatingTo: width) }
        case .when:
            y += heading(words.when, into: &canvas, x: x, y: y, width: width) + gap
            let options = Repair.Latency.allCases.map(words.label(of:))
            let selected = Repair.Latency.allCases.firstIndex(of: latency) ?? 0
            ChoiceRow.render(into: &canvas, x: x, y: y, width: width, options: options, selected: selected)
            y += ChoiceRow.height(options: options, width: width) + gap
            y += note(hint ?? words.whenTip, into: &canvas, x: x, y: y, width: width, maxY: area.maxY, isWarm: hint != nil)
            safety(words.safety, into: &canvas, x: x, below: y, width: width, area: area)
        case .what:
            let label = 6
            canvas.write("With", x: x, y: y, style: .muted)
            let suggestion = focus == .who ? NameCompletion.suggestion(for: who.text, among: context.data.journal.people) : nil
            who.render(into: &canvas, x: x + label, y: y, width: min(30, width - label), suggestion: suggestion,
                       hasFocus: focus == .who)
            y += 1 + gap
            y += heading(words.what, into: &canvas, x: x, y: y, width: width)
            happened.render(into: &canvas, x: x, y: y, width: width, hasFocus: focus == .what)
            y += 1 + gap
            y += note(hint ?? nudge ?? words.whatTip, into: &canvas, x: x, y: y, width: width, maxY: area.maxY,
                      isWarm: hint != nil || nudge != nil)
            if nudge != nil, hint == nil, y < area.maxY {
                canvas.write("Enter again keeps it as it is.", x: x, y: y, style: .muted, truncatingTo: width)
            }
        case .myPart:
            y += heading(words.myPart, into: &canvas, x: x, y: y, width: width) + gap
            myPart.render(into: &canvas, x: x, y: y, width: width)
            y += 1 + gap
            note(hint ?? words.myPartTip, into: &canvas, x: x, y: y, width: width, maxY: area.maxY, isWarm: hint != nil)
        case .gesture:
            y += heading(words.gesture, into: &canvas, x: x, y: y, width: width) + gap
            if let card = gesture(context) {
                PracticeCardView.render(card, into: &canvas, x: x + 2, y: y, width: width - 2, maxHeight: area.maxY - y)
            }
        case .summary:
            y += heading(words.summary, into: &canvas, x: x, y: y, width: width) + gap
            let part = trimmed(myPart)
            let rows = [
                ("With", trimmed(who)),
                ("When", words.label(of: latency)),
                ("What", trimmed(happened)),
                ("My part", part.isEmpty ? "–" : part),
                ("Way back", gesture(context)?.name ?? "–"),
            ]
            for (offset, row) in rows.enumerated() where y + offset < area.maxY {
                canvas.write(row.0, x: x, y: y + offset, style: .muted)
                canvas.write(SafeText.line(row.1), x: x + 10, y: y + offset, truncatingTo: width - 10)
            }
        }
    }

    /// A question in bold; returns the rows used.
    private func heading(_ text: String, into canvas: inout Canvas, x: Int, y: Int, width: Int) -> Int {
        canvas.write(text, x: x, y: y, style: Style(bold: true), truncatingTo: width)
        return 1
    }

    /// A tip, or a hint in a warmer colour, wrapped below a field; returns the rows used.
    @discardableResult
    private func note(_ text: String, into canvas: inout Canvas, x: Int, y: Int, width: Int, maxY: Int, isWarm: Bool) -> Int {
        var row = y
        for line in text.wrapped(toWidth: width) where row < maxY {
            canvas.write(line, x: x, y: row, style: isWarm ? Style(.warm) : .muted)
            row += 1
        }
        return row - y
    }

    /// Where to turn when there is fear or harm, on the last rows of the
    /// step, once, where it fits whole below what is already drawn.
    private func safety(_ text: String, into canvas: inout Canvas, x: Int, below: Int, width: Int, area: Rect) {
        let lines = text.wrapped(toWidth: width)
        let top = area.maxY - lines.count
        guard !text.isEmpty, top >= below else { return }
        for (offset, line) in lines.enumerated() {
            canvas.write(line, x: x, y: top + offset, style: .muted)
        }
    }

    private var stepName: String {
        switch step {
        case .breath: return "Breathe"
        case .when: return "When"
        case .what: return "What"
        case .myPart: return "Your part"
        case .gesture: return "Way back"
        case .summary: return "Summary"
        }
    }
}
