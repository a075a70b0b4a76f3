extension StringProtocol {
    /// The text without spaces and tabs at either end (line breaks kept),
    /// like `trimmingCharacters(in: .whitespaces)` but without a trip
    /// through Foundation: the built-in cards are read at every start.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
