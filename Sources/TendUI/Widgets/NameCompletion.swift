import TendCore

/// Completes a person's name from the names already used (see
/// `PersonName`): the same person's known spelling, else the first known
/// name that starts with what was typed, ignoring case and accents.
public enum NameCompletion {
    /// The known name that completes what was typed, or nil.
    public static func match(for typed: String, among names: [String]) -> String? {
        PersonName.completion(of: typed, among: names)
    }

    /// The missing tail of the match, shown muted after the cursor.
    public static func suggestion(for typed: String, among names: [String]) -> String? {
        guard let match = match(for: typed, among: names), match.count > typed.count else { return nil }
        return String(match.dropFirst(typed.count))
    }
}
