/// Fills the placeholders of a send command. Each argument is filled on its
/// own and in one pass, so a message holding "{name}" or spaces or quotes
/// stays exactly as written, inside the one argument it was put in.
public enum SendTemplate {
    /// The placeholders Tend fills.
    public static let placeholders = ["{message}", "{text}", "{name}", "{date}"]

    /// The command's arguments for `message`.
    public static func arguments(_ template: [String], for message: OutgoingMessage) -> [String] {
        template.map { fill($0, with: message) }
    }

    /// Placeholder-like words in `argument` that Tend does not fill, such as
    /// a misspelt `{mesage}`: lowercase letters between braces.
    public static func unknownPlaceholders(in argument: String) -> [String] {
        var found: [String] = []
        var rest = Substring(argument)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let word = after[..<close]
            if !word.isEmpty, word.allSatisfy({ ("a"..."z").contains($0) || $0 == "_" }), !placeholders.contains("{\(word)}") {
                found.append("{\(word)}")
            }
            rest = after
        }
        return found
    }

    /// True when some argument carries the message itself.
    public static func carriesMessage(_ template: [String]) -> Bool {
        template.dropFirst().contains { $0.includes("{message}") || $0.includes("{text}") }
    }

    private static func fill(_ argument: String, with message: OutgoingMessage) -> String {
        guard argument.includes("{") else { return argument }
        let values = [message.message, message.text, message.person, message.date]
        var out = ""
        var rest = Substring(argument)
        scan: while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let tail = rest[open...]
            for (placeholder, value) in zip(placeholders, values) where tail.hasPrefix(placeholder) {
                out += value
                rest = tail.dropFirst(placeholder.count)
                continue scan
            }
            out += "{"
            rest = tail.dropFirst()
        }
        return out + rest
    }
}
