extension StringProtocol {
    /// The text broken into lines of at most `width` columns, at spaces where
    /// possible; a word longer than a line is cut by width. Newlines are kept.
    ///
    /// One pass over the text, in time linear in its size: a megabyte with
    /// no space in it wraps as fast as a megabyte of words. Spaces and
    /// newlines are found in the UTF-8 bytes (they never occur inside a
    /// multi-byte character), and plain ASCII is measured a byte a column,
    /// so only other text pays for grapheme-by-grapheme measuring.
    ///
    /// With `limit`, only the first `limit` lines are made, in time linear in
    /// what they hold: a screen showing the top of a long text wraps no more.
    public func wrapped(toWidth width: Int, limit: Int = .max) -> [String] {
        guard width > 0, limit > 0 else { return [] }
        let text = Substring(self)
        var wrapper = LineWrapper(width: width, limit: limit)
        var rest = text
        while let newline = rest.utf8.firstIndex(of: 0x0A) {
            wrapper.addParagraph(rest[..<newline])
            if wrapper.isFull { return wrapper.lines }
            rest = rest[rest.utf8.index(after: newline)...]
        }
        wrapper.addParagraph(rest)
        return wrapper.lines
    }
}

/// The lines of `wrapped(toWidth:)`, built a word at a time.
private struct LineWrapper {
    let width: Int
    let limit: Int
    private(set) var lines: [String] = []
    private var line = ""
    private var lineWidth = 0

    init(width: Int, limit: Int) { self.width = width; self.limit = limit }

    var isFull: Bool { lines.count >= limit }

    private mutating func finishLine() {
        if !isFull { lines.append(line) }
        line = ""; lineWidth = 0
    }

    mutating func addParagraph(_ paragraph: Substring) {
        var body = paragraph
        if body.utf8.last == 0x0D { body = body[..<body.utf8.index(before: body.utf8.endIndex)] } // CRLF
        while let space = body.utf8.firstIndex(of: 0x20) {
            if space > body.startIndex { addWord(body[..<space]) }
            if isFull { return }
            body = body[body.utf8.index(after: space)...]
        }
        if !body.isEmpty { addWord(body) }
        finishLine()
    }

    private mutating func addWord(_ word: Substring) {
        if let wordWidth = Self.width(of: word, upTo: width) {
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " "; line += word; lineWidth += 1 + wordWidth
                return
            }
            if lineWidth > 0 { finishLine() }
            line = String(word); lineWidth = wordWidth
            return
        }
        // Longer than a line: cut it into full lines; the last piece starts the next line.
        if lineWidth > 0 { finishLine() }
        var rest = word
        while !rest.isEmpty, !isFull {
            let head = rest.utf8.prefix(width + 1)
            if head.allSatisfy(DisplayWidth.isPrintableASCII) {
                // Plain ASCII: a column a byte. The byte after a full line is
                // ASCII too, so no accent can belong to the line's last letter.
                guard head.count > width else { line = String(rest); lineWidth = head.count; return }
                let end = rest.utf8.index(rest.startIndex, offsetBy: width)
                line = String(rest[..<end]); lineWidth = width
                finishLine()
                rest = rest[end...]
                continue
            }
            var index = rest.startIndex
            while index < rest.endIndex {
                let characterWidth = DisplayWidth.of(rest[index])
                if characterWidth <= width { // a wide character in a 1-column line is left out
                    if lineWidth + characterWidth > width { break }
                    line.append(rest[index]); lineWidth += characterWidth
                }
                index = rest.index(after: index)
            }
            rest = rest[index...]
            if rest.isEmpty { return }
            finishLine()
        }
    }

    /// The word's width when it is at most `limit` columns, measuring no further; nil when wider.
    private static func width(of word: Substring, upTo limit: Int) -> Int? {
        let head = word.utf8.prefix(limit + 1)
        if head.allSatisfy(DisplayWidth.isPrintableASCII) { return head.count <= limit ? head.count : nil }
        var total = 0
        for character in word {
            total += DisplayWidth.of(character)
            if total > limit { return nil }
        }
        return total
    }
}
