extension String {
    /// The lowercase words of the text, keeping apostrophes inside words
    /// ("you're", also typed with a typographic apostrophe). Punctuation and
    /// spaces only separate.
    var lowercasedWords: [String] {
        var words: [String] = []
        var current = ""
        for character in lowercased() {
            let c: Character = character == "\u{2019}" || character == "\u{2018}" ? "'" : character
            if c.isLetter || c.isNumber || (c == "'" && !current.isEmpty) {
                current.append(c)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.hasSuffix("'") ? String($0.dropLast()) : $0 }
    }
}
