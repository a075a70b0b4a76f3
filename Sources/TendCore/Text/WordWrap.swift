extension StringProtocol {
    /// The text broken into lines of at most `width` columns, at spaces where
    /// possible; a word longer than a line is cut by width. Newlines are kept.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var rest = Substring(word)
                var restWidth = DisplayWidth.of(rest)
                if lineWidth > 0, lineWidth + 1 + restWidth <= width {
                    line += " " + rest; lineWidth += 1 + restWidth
                    continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                while restWidth > width {
                    var piece = "", pieceWidth = 0
                    while let c = rest.first, pieceWidth + DisplayWidth.of(c) <= width {
                        piece.append(c); pieceWidth += DisplayWidth.of(c); rest.removeFirst()
                    }
                    if piece.isEmpty { rest.removeFirst(); continue } // a wide char in a 1-column line
                    lines.append(piece)
                    restWidth = DisplayWidth.of(rest)
                }
                line = String(rest); lineWidth = restWidth
            }
            lines.append(line)
        }
        return lines
    }
}
