import TendCore

/// "Step 2 of 5 · Intention" with dots, at the top of a guided sequence.
enum StepHeader {
    static func render(into canvas: inout Canvas, area: Rect, step: Int, of total: Int, name: String) {
        let dots = (1...total).map { $0 <= step ? "●" : "○" }.joined(separator: " ")
        let x = area.x + 2
        let used = canvas.write(dots, x: x, y: area.y, style: Style(.accent))
        canvas.write("  Step \(step) of \(total) · \(name)", x: x + used, y: area.y, style: .muted,
                     truncatingTo: area.width - used - 4)
    }
}
