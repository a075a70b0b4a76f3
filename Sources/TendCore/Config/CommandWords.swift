/// Splits a command written as one string (`notify_command = "notify-send -u low"`)
/// into its words, the way a careful reader would and without a shell:
/// spaces separate words, 'single' and "double" quotes keep spaces inside
/// one word, and a backslash keeps the next character as it is. Nothing is
/// expanded and nothing is run: `$HOME`, `*`, `|` and `>` are plain text.
public enum CommandWords {
    public enum Problem: Error, Equatable, Sendable {
        /// A quote was opened and never closed.
        case unclosedQuote
        /// The string asks for something only a shell does (a pipe, a
        /// redirection, `;`, `&&`, `$(…)`…), which would silently become words.
        case needsAShell(String)
    }

    /// The words of `text`, or why it cannot be read without a shell.
    public static func split(_ text: String) -> Result<[String], Problem> {
        var words: [String] = []
        var word = "", inWord = false
        var quote: Character? = nil
        var escaped = false
        for character in text {
            if escaped { word.append(character); escaped = false; inWord = true; continue }
            if let open = quote {
                if character == open { quote = nil } else if character == "\\" && open == "\"" { escaped = true } else {
                    word.append(character)
                }
                continue
            }
            switch character {
            case "\\": escaped = true; inWord = true
            case "'", "\"": quote = character; inWord = true
            case " ", "\t", "\n", "\r":
                if inWord { words.append(word); word = ""; inWord = false }
            default: word.append(character); inWord = true
            }
        }
        guard quote == nil, !escaped else { return .failure(.unclosedQuote) }
        if inWord { words.append(word) }
        if let shelly = shellSyntax(in: text) { return .failure(.needsAShell(shelly)) }
        return .success(words)
    }

    /// The first piece of shell syntax outside quotes, if any.
    private static func shellSyntax(in text: String) -> String? {
        var quote: Character? = nil
        var previous: Character = " "
        for (index, character) in zip(text.indices, text) {
            defer { previous = character }
            if let open = quote { if character == open { quote = nil }; continue }
            if previous == "\\" { continue }
            switch character {
            case "'", "\"": quote = character
            case "|", ";", "<", ">", "&", "`": return String(character)
            case "$" where text[text.index(after: index)...].first == "(": return "$("
            default: continue
            }
        }
        return nil
    }
}
