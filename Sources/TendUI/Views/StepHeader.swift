import TendCore

/// "Step 2 of 5 · Intention" with dots, at the top of a guided sequence,
/// in the first row of `area` (the screen's text area).
enum StepHeader {
    static func render(into canvas: inout Canvas, area: Rect, step: Int, of total: Int, name: String) {
        guard !area.isEmpty else { return }
        let dots = (1...total).map { $0 <= step ? "●" : "○" }.joined(separator: " ")
        let used = canvas.write(dots, x: area.x, y: area.y, style: Style(.accent))
        canvas.write("  Step \(step) of \(total) · \(name)", in: area.top(1).dropping(left: used), style: .muted)
    }
}
