import TendCore

/// The breath together at the start of a meeting, drawn for a room: the
/// shape that fills and empties as large as the window allows, and the
/// phase in letters five rows tall when there is room for them (else in
/// bold), with the seconds left. The same timing as the doorway pause
/// (`BreathPlan`, through `BreathView`): everything follows from the
/// seconds since the start.
struct MeetingBreathView {
    let breath: BreathView

    /// The shortest body the big letters are used in: the shape keeps at least ten rows.
    static let bigLettersFromHeight = 18

    func render(into canvas: inout Canvas, area: Rect, elapsed: Double, words: MeetingWords, label: String?) {
        let shown = breath.isAnimated ? elapsed : elapsed.rounded(.down)
        let frame = breath.plan.frame(at: shown)
        let phase = frame.phase == .breatheOut ? words.breatheOut : words.breatheIn
        let lead = [label.map(SafeText.line), words.breathLead].compactMap { $0 }.joined(separator: " · ")
        let parts = Self.layout(area, word: phase)
        Self.line(lead, into: &canvas, area: parts.lead, style: .muted)
        BreathShape.render(into: &canvas, in: parts.shape, fullness: breath.isAnimated ? frame.fullness : 0.7)
        Self.renderWord(phase, into: &canvas, area: parts.word, style: Style(.accent, bold: true))
        Self.line("\(max(1, frame.secondsLeft))", into: &canvas, area: parts.seconds, style: .muted)
    }

    /// After the breath: the send-off, large, and a quiet line below it.
    static func renderClosing(_ text: String, note: String?, into canvas: inout Canvas, area: Rect, style: Style) {
        let paragraph = note.map { Paragraph($0, style: .muted) }
        let noteWidth = min(area.width - 4, note?.displayWidth ?? 0)
        let noteRows = paragraph?.height(width: max(1, noteWidth)) ?? 0
        let rows = Layout.rows(area, [.fill, .fixed(wordHeight(text, in: area)), .fixed(1), .fixed(noteRows), .fill])
        renderWord(text, into: &canvas, area: rows[1], style: style)
        let noteArea = rows[3]
        paragraph?.render(into: &canvas, area: Rect(x: noteArea.x + (noteArea.width - noteWidth) / 2, y: noteArea.y,
                                                    width: noteWidth, height: noteArea.height))
    }

    /// Lead line, shape, word and seconds, top to bottom.
    static func layout(_ area: Rect, word: String) -> (lead: Rect, shape: Rect, word: Rect, seconds: Rect) {
        // A blank row between the shape and the word only when the window has it to spare.
        let gap = area.height >= 12 ? 1 : 0
        let rows = Layout.rows(area, [.fixed(1), .fill, .fixed(gap), .fixed(wordHeight(word, in: area)), .fixed(1)])
        return (rows[0], rows[1], rows[3], rows[4])
    }

    /// Five rows for big letters when the window has them and the word fits; else one.
    static func wordHeight(_ word: String, in area: Rect) -> Int {
        guard area.height >= bigLettersFromHeight, let big = BigText(word), big.width <= area.width - 4 else { return 1 }
        return BigText.height
    }

    private static func renderWord(_ word: String, into canvas: inout Canvas, area: Rect, style: Style) {
        if area.height >= BigText.height, let big = BigText(word), big.width <= area.width {
            big.render(into: &canvas, area: area, style: style)
        } else {
            line(word, into: &canvas, area: area, style: style)
        }
    }

    /// One line centred in `area`'s first row, when it has one.
    private static func line(_ text: String, into canvas: inout Canvas, area: Rect, style: Style) {
        guard !area.isEmpty else { return }
        canvas.writeCentered(text, in: area, y: area.y, style: style)
    }
}
