import TendCore

/// A word or two in letters five rows tall, drawn in blocks, to be read
/// from across a table: the meeting breath shows its phase this way when
/// the window is big enough. Only plain letters, digits and a little
/// punctuation have a big form; text with anything else is not drawn big
/// (`init` gives nil) and the caller shows it in ordinary letters.
struct BigText {
    static let height = 5
    /// The glyphs of the text, three columns wide each.
    private let glyphs: [[String]]

    init?(_ text: String) {
        var glyphs: [[String]] = []
        for character in text.lowercased() {
            guard let glyph = BigFont.glyphs[character] else { return nil }
            glyphs.append(glyph)
        }
        guard !glyphs.isEmpty else { return nil }
        self.glyphs = glyphs
    }

    /// Columns it takes: three a letter, one between letters.
    var width: Int { glyphs.count * 4 - 1 }

    /// Draws it centred in `area`'s width, from its first row; nothing when it does not fit.
    func render(into canvas: inout Canvas, area: Rect, style: Style) {
        guard area.width >= width, area.height >= Self.height else { return }
        let x = area.x + (area.width - width) / 2
        for row in 0..<Self.height {
            let line = glyphs.map { $0[row] }.joined(separator: " ")
                .replacingText("#", with: "█").replacingText(".", with: " ")
            canvas.write(line, x: x, y: area.y + row, style: style)
        }
    }
}

/// The letters of `BigText`, each five rows of three cells ("#" filled).
enum BigFont {
    static let glyphs: [Character: [String]] = [
        "a": [".#.", "#.#", "###", "#.#", "#.#"], "b": ["##.", "#.#", "##.", "#.#", "##."],
        "c": [".##", "#..", "#..", "#..", ".##"], "d": ["##.", "#.#", "#.#", "#.#", "##."],
        "e": ["###", "#..", "##.", "#..", "###"], "f": ["###", "#..", "##.", "#..", "#.."],
        "g": [".##", "#..", "#.#", "#.#", ".##"], "h": ["#.#", "#.#", "###", "#.#", "#.#"],
        "i": ["###", ".#.", ".#.", ".#.", "###"], "j": ["..#", "..#", "..#", "#.#", ".#."],
        "k": ["#.#", "#.#", "##.", "#.#", "#.#"], "l": ["#..", "#..", "#..", "#..", "###"],
        "m": ["#.#", "###", "###", "#.#", "#.#"], "n": ["##.", "#.#", "#.#", "#.#", "#.#"],
        "o": [".#.", "#.#", "#.#", "#.#", ".#."], "p": ["##.", "#.#", "##.", "#..", "#.."],
        "q": [".#.", "#.#", "#.#", "##.", ".##"], "r": ["##.", "#.#", "##.", "#.#", "#.#"],
        "s": [".##", "#..", ".#.", "..#", "##."], "t": ["###", ".#.", ".#.", ".#.", ".#."],
        "u": ["#.#", "#.#", "#.#", "#.#", "###"], "v": ["#.#", "#.#", "#.#", "#.#", ".#."],
        "w": ["#.#", "#.#", "###", "###", "#.#"], "x": ["#.#", "#.#", ".#.", "#.#", "#.#"],
        "y": ["#.#", "#.#", ".#.", ".#.", ".#."], "z": ["###", "..#", ".#.", "#..", "###"],
        "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["##.", "..#", ".#.", "#..", "###"], "3": ["##.", "..#", ".#.", "..#", "##."],
        "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "##.", "..#", "##."],
        "6": [".##", "#..", "###", "#.#", "###"], "7": ["###", "..#", ".#.", ".#.", ".#."],
        "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "##."],
        ".": ["...", "...", "...", "...", ".#."], ",": ["...", "...", "...", ".#.", "#.."],
        "'": [".#.", ".#.", "...", "...", "..."], "’": [".#.", ".#.", "...", "...", "..."],
        "-": ["...", "...", "###", "...", "..."], " ": ["...", "...", "...", "...", "..."],
    ]
}
