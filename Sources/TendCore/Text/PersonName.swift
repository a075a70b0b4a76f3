import Foundation

/// How Tend tells that two spellings name one person: by ignoring case,
/// accents and the spaces around them. "zoe", " Zoë " and "ZOË" are one
/// person; "Zoë" and "Zoey" are two; "李明" and "🚲" are themselves.
///
/// Everything that matches names goes through here, so they all agree:
/// completion in the name fields, `--to` and `--with` on the command line,
/// the people view and people stats, `tend log --to`, and anything that
/// later matches names from elsewhere (a `people.toml`, say). Folding is
/// the one search uses (`SearchFolder`), so "jose" finds José both ways.
public enum PersonName {
    /// The form every spelling of one person shares: the name without the
    /// spaces around it, case and accents folded ("  Zoë " → "zoe").
    public static func key(_ name: String) -> String {
        var folder = SearchFolder()
        return String(decoding: key(name, folder: &folder), as: UTF8.self)
    }

    /// The same key as UTF-8 bytes, folded with `folder` (for loops over a
    /// whole journal, where one folder's cache pays off). Composed first, so
    /// "e" and a combining diaeresis fold like "ë" does.
    public static func key(_ name: String, folder: inout SearchFolder) -> [UInt8] {
        folder.fold(name.trimmed().composed)
    }

    /// True when `a` and `b` name the same person.
    public static func matches(_ a: String, _ b: String) -> Bool {
        var folder = SearchFolder()
        return key(a, folder: &folder) == key(b, folder: &folder)
    }

    /// The spelling to keep for a name the user typed: the first of `known`
    /// (newest first, say) that names the same person, so "zoe" is kept as
    /// "Zoë"; a new name is kept as typed, without the spaces around it.
    public static func knownSpelling(of typed: String, among known: some Sequence<String>) -> String {
        let trimmed = typed.trimmed()
        guard !trimmed.isEmpty else { return trimmed }
        var folder = SearchFolder()
        let wanted = key(trimmed, folder: &folder)
        for name in known where key(name, folder: &folder) == wanted {
            return name.trimmed()
        }
        return trimmed
    }

    /// The known name that completes what was typed: one naming the same
    /// person if there is one, else the first that starts with it (both
    /// ignoring case and accents); nil when nothing was typed or none fits.
    public static func completion(of typed: String, among known: [String]) -> String? {
        guard !typed.trimmed().isEmpty else { return nil }
        var folder = SearchFolder()
        let wanted = key(typed, folder: &folder)
        let prefix = folder.fold(typed.composed)
        let keys = known.map { key($0, folder: &folder) }
        if let same = keys.firstIndex(of: wanted) { return known[same].trimmed() }
        return keys.firstIndex { $0.starts(with: prefix) }.map { known[$0].trimmed() }
    }
}
