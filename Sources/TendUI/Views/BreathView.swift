import TendCore

/// The guided breath, shared by the doorway pause and the repair: the shape
/// that fills and empties, the word for the phase, the seconds left and a
/// cue. Everything follows from the seconds since the start, so frames that
/// come late never make the guide drift.
struct BreathView: Hashable, Sendable {
    let plan: BreathPlan
    /// False for the calm static version: no growing shape, a frame a second.
    let isAnimated: Bool

    /// Seconds until the next frame is due, `elapsed` seconds in.
    func secondsToNextFrame(elapsed: Double) -> Double {
        // Smooth frames while it moves; once a second in the static version.
        let step = isAnimated ? 1.0 / 20 : 1
        let next = min(plan.duration, (elapsed / step).rounded(.down) * step + step)
        return max(0.001, next - elapsed)
    }

    func render(into canvas: inout Canvas, area: Rect, elapsed: Double, words: PauseWords, cue: String) {
        // In the static version the guide changes once a second.
        let shown = isAnimated ? elapsed : elapsed.rounded(.down)
        let frame = plan.frame(at: shown)
        let textRows = 4
        let shapeArea = Rect(x: area.x, y: area.y, width: area.width, height: max(0, area.height - textRows))
        BreathShape.render(into: &canvas, in: shapeArea, fullness: isAnimated ? frame.fullness : 0.7)
        let y = shapeArea.maxY
        let phase = frame.phase == .breatheOut ? words.breatheOut : words.breatheIn
        canvas.writeCentered(phase, in: area, y: y, style: Style(.accent, bold: true))
        canvas.writeCentered("\(max(1, frame.secondsLeft))", in: area, y: y + 1, style: .muted)
        canvas.writeCentered(cue, in: area, y: y + 2)
    }
}
