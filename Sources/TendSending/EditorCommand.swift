/// Which editor to open for writing at length: `$VISUAL`, then `$EDITOR`,
/// then `vi`, as other terminal programs choose. The variable is split on
/// whitespace into a program and its arguments (`code -w`, `emacsclient
/// -t`) and never handed to a shell, so quotes and `$` in it stay plain.
public enum EditorCommand {
    public static let fallback = ["vi"]

    public static func arguments(environment: [String: String]) -> [String] {
        for name in ["VISUAL", "EDITOR"] {
            let words = (environment[name] ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
            if !words.isEmpty { return words }
        }
        return fallback
    }
}
