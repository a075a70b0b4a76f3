import TendCore

/// A one-line text field that moves by grapheme, so emoji, accents and CJK
/// behave as one character. Readline keys, bracketed paste, and horizontal
/// scrolling when the text is wider than the field.
public struct LineEditor: Hashable, Sendable {
    /// What happened to a key.
    public enum Outcome: Hashable, Sendable {
        case edited, moved, ignored
        /// The text would pass the limit; nothing was changed.
        case refused(limit: Int)
        /// Ctrl-X Ctrl-E, as in bash and zsh: the person wants to write this
        /// in their own editor (the screen asks with `.editText`).
        case wantsEditor
    }

    public private(set) var characters: [Character]
    /// The cursor, as an index into `characters` (0...count).
    public private(set) var cursor: Int
    /// The most characters the field holds; a paste that would pass it is refused whole.
    public let limit: Int
    /// True where Ctrl-X Ctrl-E asks for the person's own editor (`.wantsEditor`);
    /// elsewhere Ctrl-X is nothing and Ctrl-E keeps going to the end of the line.
    public let writesAtLength: Bool
    /// True after Ctrl-X, the first key of Ctrl-X Ctrl-E.
    public private(set) var isAwaitingChord = false

    public init(_ text: String = "", limit: Int = 4000, writesAtLength: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        self.limit = limit
        self.writesAtLength = writesAtLength
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Handles an editing key; `.ignored` leaves it to the screen.
    public mutating func handle(_ key: Key) -> Outcome {
        // Ctrl-X starts a chord; a key other than Ctrl-E after it does what it always does.
        if isAwaitingChord {
            isAwaitingChord = false
            if key == .control("e") { return .wantsEditor }
        }
        if key == .control("x"), writesAtLength {
            isAwaitingChord = true
            return .moved
        }
        switch key {
        case .character(let c): return insert(String(c))
        case .paste(let text): return insert(text)
        case .oversizedPaste: return .refused(limit: limit)
        case .left, .control("b"): return move(to: cursor - 1)
        case .right, .control("f"): return move(to: cursor + 1)
        case .home, .control("a"): return move(to: 0)
        case .end, .control("e"): return move(to: characters.count)
        case .alt("b"): return move(to: wordStart(before: cursor))
        case .alt("f"): return move(to: wordEnd(after: cursor))
        case .backspace, .control("h"):
            return delete(cursor - 1..<cursor)
        case .delete, .control("d"):
            return delete(cursor..<cursor + 1)
        case .control("u"): return delete(0..<cursor)
        case .control("k"): return delete(cursor..<characters.count)
        case .control("w"), .alt("\u{7F}"): return delete(wordStart(before: cursor)..<cursor)
        case .alt("d"): return delete(cursor..<wordEnd(after: cursor))
        case .modified(let plain, let modifiers):
            // Ctrl or Alt with an arrow moves by word, as in most editors; other
            // modifiers (Shift-Home…) do what the plain key does.
            let byWord = !modifiers.isDisjoint(with: [.control, .alt])
            switch plain {
            case .left where byWord: return move(to: wordStart(before: cursor))
            case .right where byWord: return move(to: wordEnd(after: cursor))
            case .backspace where byWord: return delete(wordStart(before: cursor)..<cursor)
            case .delete where byWord: return delete(cursor..<wordEnd(after: cursor))
            default: return handle(plain)
            }
        default: return .ignored
        }
    }

    /// Inserts text at the cursor. Line breaks and tabs become spaces; other
    /// control characters are kept out of a one-line field.
    public mutating func insert(_ text: String) -> Outcome {
        let clean = Self.cleaned(text, keepingLineBreaks: false)
        guard !clean.isEmpty else { return .ignored }
        // An emoji's joiner or an accent can come in a later read than its
        // base: whatever forms one grapheme with the character before joins it.
        let start = cursor > 0 && (String(characters[cursor - 1]) + String(clean[0])).count == 1 ? cursor - 1 : cursor
        let joined = start < cursor ? Array(String(characters[start]) + String(clean)) : clean
        guard characters.count - (cursor - start) + joined.count <= limit else { return .refused(limit: limit) }
        characters.replaceSubrange(start..<cursor, with: joined)
        cursor = start + joined.count
        return .edited
    }

    /// Replaces the whole text and puts the cursor at the end.
    public mutating func set(_ text: String) {
        characters = Array(text.prefix(limit))
        cursor = characters.count
    }

    /// Takes the words written in the editor, line breaks kept; refused
    /// whole (the words before stay) when they pass the limit.
    public mutating func take(edited text: String) -> Outcome {
        let clean = Self.cleaned(text, keepingLineBreaks: true)
        guard clean.count <= limit else { return .refused(limit: limit) }
        set(String(clean))
        return .edited
    }

    /// Text from outside (a paste, the editor's file) as the field keeps it:
    /// a tab is a space, a line break a space unless kept, other controls go.
    private static func cleaned(_ text: String, keepingLineBreaks: Bool) -> [Character] {
        text.compactMap { c -> Character? in
            if c == "\n" || c == "\r\n" || c == "\r" { return keepingLineBreaks ? "\n" : " " }
            if c == "\t" { return " " }
            if let v = c.unicodeScalars.first?.value, c.unicodeScalars.count == 1, v < 0x20 || v == 0x7F { return nil }
            return c
        }
    }

    /// The characters as drawn: a line break shows as a mark, so a text
    /// written at length still reads on one line.
    var shownCharacters: [Character] { characters.map { $0 == "\n" ? Self.lineBreakMark : $0 } }
    static let lineBreakMark: Character = "↵"

    private mutating func move(to index: Int) -> Outcome {
        let clamped = Swift.max(0, Swift.min(characters.count, index))
        guard clamped != cursor else { return .moved }
        cursor = clamped
        return .moved
    }

    private mutating func delete(_ range: Range<Int>) -> Outcome {
        let lower = Swift.max(0, range.lowerBound), upper = Swift.min(characters.count, range.upperBound)
        guard lower < upper else { return .moved }
        characters.removeSubrange(lower..<upper)
        cursor = lower
        return .edited
    }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, !characters[i - 1].isLetterOrNumber { i -= 1 }
        while i > 0, characters[i - 1].isLetterOrNumber { i -= 1 }
        return i
    }

    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count, !characters[i].isLetterOrNumber { i += 1 }
        while i < characters.count, characters[i].isLetterOrNumber { i += 1 }
        return i
    }

    /// Draws the field at (x, y) in `width` columns, scrolled so the cursor
    /// shows, with an optional suggestion completing the text in a muted style.
    /// Sets the canvas cursor when `hasFocus`.
    public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int,
                       style: Style = Style(underlined: true), suggestion: String? = nil, hasFocus: Bool = true) {
        guard width > 1 else { return }
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        let shown = shownCharacters
        let widths = shown.map(DisplayWidth.of)
        let beforeCursor = widths[..<cursor].reduce(0, +)
        // Scroll so the cursor sits inside the field, leaving room for it at the end.
        var start = 0, skipped = 0
        while beforeCursor - skipped > width - 1, start < characters.count {
            skipped += widths[start]; start += 1
        }
        let visible = String(shown[start...])
        let used = canvas.write(visible, x: x, y: y, style: style, maxWidth: width)
        if let suggestion, cursor == characters.count, !suggestion.isEmpty, used < width - 1 {
            canvas.write(suggestion, x: x + used, y: y, style: Style(.muted, underlined: true), maxWidth: width - used)
        }
        if start > 0 { canvas.write("…", x: x, y: y, style: Style(.muted)) }
        if hasFocus { canvas.cursor = Point(x: x + beforeCursor - skipped, y: y) }
    }
}

extension Character {
    var isLetterOrNumber: Bool { isLetter || isNumber || DisplayWidth.of(self) == 2 }
}
