import TendCore

/// The week's focus on home, where today's practice would be: the day, the
/// card and for whom, and the seven marks; or, once the week is over, a
/// quiet line that the look back is waiting.
enum HomeFocusView {
    static func render(_ focus: FocusNow, into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        guard !area.isEmpty else { return }
        let words = context.data.prompts.focus
        let card = context.focusCard(focus)
        var flow = Flow(area)
        if focus.isReflectionDue, area.height == 1 {
            canvas.write(words.overShort, in: area, style: Style(.warm))
            return
        }
        if focus.isReflectionDue {
            flow.place(Paragraph(FocusWords.fill(words.over, ["card": card]), style: Style(.warm)), into: &canvas)
            canvas.write(words.overKey, in: flow.next(), style: .muted)
            return
        }
        let label = focus.isUpcoming ? FocusWords.fill(words.upcoming, ["card": card]) : "Your week · day \(focus.day) of 7"
        if area.height == 1 {
            // One row: the marks, then as much of the card as fits.
            let row = Layout.columns(flow.next(), [.fixed(FocusMarksView.width), .fill], gap: 2)
            FocusMarksView.render(focus.marks, into: &canvas, area: row[0])
            canvas.write(card, in: row[1], style: Style(bold: true))
            return
        }
        canvas.write(label, in: flow.next(), style: .muted)
        if focus.isUpcoming { return }
        let indented = flow.rest.dropping(left: 2)
        var inner = Flow(indented)
        let row = Layout.columns(inner.next(), [.fixed(FocusMarksView.width), .fill], gap: 2)
        FocusMarksView.render(focus.marks, into: &canvas, area: row[0])
        canvas.write(card, in: row[1], style: Style(bold: true))
        if let practice = context.data.practices.practice(withID: focus.card) {
            inner.place(Paragraph(practice.how), into: &canvas)
        }
    }

    /// With no focus: one quiet line, a row below the `used` rows of what
    /// home shows there, saying how to keep one card for a week, where it fits.
    static func renderHint(after used: Int, into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let free = area.dropping(top: used + 1)
        guard !free.isEmpty else { return }
        canvas.write(context.data.prompts.focus.homeHint, in: free.top(1), style: .muted)
    }
}
