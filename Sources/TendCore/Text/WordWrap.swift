extension StringProtocol {
    /// The text broken into lines of at most `width` columns, at spaces where
    /// possible; a word longer than a line is cut by width. Newlines are kept.
    ///
    /// One pass over the text: each character is measured once, so a megabyte
    /// with no space in it wraps as fast as a megabyte of words.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let wordWidth = DisplayWidth.of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " "; line += word; lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                if wordWidth <= width { line = String(word); lineWidth = wordWidth; continue }
                // Longer than a line: cut it into full lines; the last piece starts the next line.
                for character in word {
                    let characterWidth = DisplayWidth.of(character)
                    if characterWidth > width { continue } // a wide character in a 1-column line
                    if lineWidth + characterWidth > width { lines.append(line); line = ""; lineWidth = 0 }
                    line.append(character); lineWidth += characterWidth
                }
            }
            lines.append(line)
        }
        return lines
    }
}
