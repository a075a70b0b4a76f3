import Foundation

/// Completes a person's name from the names already used: the rest of the
/// first known name that starts with what was typed, ignoring case and accents.
public enum NameCompletion {
    /// The missing tail of the best match, or nil.
    public static func suggestion(for typed: String, among names: [String]) -> String? {
        guard !typed.isEmpty else { return nil }
        let key = fold(typed)
        guard let match = names.first(where: { fold($0).hasPrefix(key) && $0.count > typed.count }) else { return nil }
        return String(match.dropFirst(typed.count))
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
