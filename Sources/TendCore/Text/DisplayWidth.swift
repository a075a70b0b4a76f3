/// How many terminal columns text takes, measured per grapheme cluster:
/// CJK and emoji take two, combining marks and joiners none.
///
/// Pure Swift (no `wcwidth`), so it does not depend on the process locale
/// and tests see exactly what the screen sees.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        // Most characters are one scalar: measure it directly (flags are two).
        if iterator.next() == nil, !(0x1F1E6...0x1F1FF).contains(first.value) { return of(first) }
        // A variation selector 16 asks for emoji presentation: two columns.
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        // Flags are pairs of regional indicators.
        if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        var width = 0
        for scalar in scalars {
            width = Swift.max(width, of(scalar))
            if width == 2 { break }
        }
        return width
    }

    /// Columns taken by one scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        // Ideographs and Hangul syllables, most of any CJK text: letters, always wide.
        if (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 } // Hangul medial vowels and finals join
        if scalar.properties.isEmojiPresentation || isEastAsianWide(value) { return 2 }
        return 1
    }

    /// Columns taken by a string.
    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII, the common case, is a column a byte.
        if text.utf8.allSatisfy(isPrintableASCII) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    /// East Asian Wide and Fullwidth blocks that are not emoji (Unicode 15).
    private static func isEastAsianWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
             0x1B000...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
             0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// Columns this text takes on a terminal.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The text cut to at most `width` columns, ending in "…" when something
    /// was cut. Never splits a grapheme or a wide character.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let room = width - ellipsis.displayWidth
        // Plain ASCII, a column a byte: only the first `width + 1` bytes matter,
        // however long the text (list rows are cut from megabyte entries).
        let head = utf8.prefix(width + 1)
        if head.allSatisfy(DisplayWidth.isPrintableASCII) {
            if head.count <= width { return String(self) }
            return room >= 0 ? String(prefix(room)) + ellipsis : String(ellipsis.prefix(width))
        }
        // One pass that stops as soon as the text is known not to fit: list
        // rows are cut from sentences many times wider than the window.
        var used = 0
        var cut = startIndex
        for index in indices {
            used += DisplayWidth.of(self[index])
            if used > width {
                guard room >= 0 else { return String(ellipsis.prefix(width)) }
                return String(self[..<cut]) + ellipsis
            }
            if used <= room { cut = self.index(after: index) }
        }
        return String(self)
    }

    /// The text padded with spaces (or cut) to exactly `width` columns.
    public func padded(toWidth width: Int) -> String {
        let cut = truncated(toWidth: width)
        return cut + String(repeating: " ", count: Swift.max(0, width - cut.displayWidth))
    }
}
