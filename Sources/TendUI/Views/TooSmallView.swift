import TendCore

/// What a window below the minimum size shows: a plain request to enlarge
/// it, fitted to whatever room there is (down to a single cell). Each
/// sentence starts on its own line, and a sentence that needs two lines
/// gets two of about the same length rather than a long one and an orphan.
enum TooSmallView {
    static func render(into canvas: inout Canvas, minimum: Size) {
        let size = canvas.size
        guard size.width > 0, size.height > 0 else { return }
        let sentences = ["Tend needs \(minimum.width)×\(minimum.height).", "Please enlarge the window."]
        // Short of rows: both sentences run together if that fits, else the first comes whole.
        let apart = sentences.flatMap { evenly($0, width: size.width) }
        let together = evenly(sentences.joined(separator: " "), width: size.width)
        let lines = apart.count <= size.height ? apart
            : together.count <= size.height ? together : Array(apart.prefix(size.height))
        let top = (size.height - lines.count) / 2
        for (offset, line) in lines.enumerated() {
            canvas.writeCentered(line, in: canvas.bounds, y: top + offset)
        }
    }

    /// `text` in as few lines of at most `width` columns as wrapping needs,
    /// made as even as they can be by wrapping narrower while the count holds.
    static func evenly(_ text: String, width: Int) -> [String] {
        let lines = text.wrapped(toWidth: width)
        guard lines.count > 1 else { return lines }
        var narrowest = width
        while narrowest > 1, text.wrapped(toWidth: narrowest - 1).count == lines.count { narrowest -= 1 }
        return text.wrapped(toWidth: narrowest)
    }
}
