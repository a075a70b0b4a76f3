import TendCore

/// What a window below the minimum size shows: a plain request to enlarge
/// it, fitted to whatever room there is (down to a single cell).
enum TooSmallView {
    static func render(into canvas: inout Canvas, minimum: Size) {
        let size = canvas.size
        guard size.width > 0, size.height > 0 else { return }
        let message = "Tend needs \(minimum.width)×\(minimum.height). Please enlarge the window."
        let lines = Array(message.wrapped(toWidth: size.width).prefix(size.height))
        let top = (size.height - lines.count) / 2
        for (offset, line) in lines.enumerated() {
            canvas.writeCentered(line, in: canvas.bounds, y: top + offset)
        }
    }
}
