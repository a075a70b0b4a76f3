import TendCore

/// Home's one quiet line when a letter waits: "Sam wrote you something",
/// with the key that opens the letters. Nothing at all otherwise.
enum LettersLine {
    /// Draws the line at row `y`; false (and nothing drawn) when no letter waits.
    @discardableResult
    static func render(into canvas: inout Canvas, x: Int, y: Int, width: Int, context: ScreenContext) -> Bool {
        let writers = context.data.letters.unreadWriters
        guard !writers.isEmpty, width > 4 else { return false }
        let words = context.data.prompts.letters
        let line = "✉ " + SafeText.line(words.waiting(from: writers))
        let used = canvas.write(line, x: x, y: y, style: Style(.warm), truncatingTo: width)
        let hint = " · " + words.waitingKey
        if used + hint.displayWidth <= width { canvas.write(hint, x: x + used, y: y, style: .muted) }
        return true
    }

    /// Home's mark where the line does not fit (a small window): "✉ i".
    static func mark(_ context: ScreenContext) -> String? {
        context.data.letters.unreadWriters.isEmpty ? nil : "✉ i"
    }

    /// Browse's hint at the end of its top row, when letters are there: "✉ 1 new letter · i".
    static func browseHint(_ context: ScreenContext) -> String? {
        let box = context.data.letters
        guard !box.shown.isEmpty else { return nil }
        let unread = box.unread.count
        return unread > 0 ? "✉ " + Plural.count(unread, "new letter") + " · i" : "✉ letters · i"
    }

    /// The screen `i` opens from home and browse.
    static func open(_ context: ScreenContext) -> [Effect] {
        [.push(.letters)]
    }
}
