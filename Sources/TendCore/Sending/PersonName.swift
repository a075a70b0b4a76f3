import Foundation

/// Names match ignoring case, accents and the spaces around them, as they do
/// everywhere else in Tend: "jose" in people.toml reaches the appreciation
/// about "José".
///
/// The one place sending compares names. When TendCore gains its shared
/// name-matching helper, this should call it.
enum PersonName {
    /// The folded form two names share when they match.
    static func key(_ name: String) -> [UInt8] {
        var folder = SearchFolder()
        return folder.fold(name.trimmingCharacters(in: .whitespaces))
    }

    static func matches(_ a: String, _ b: String) -> Bool {
        key(a) == key(b)
    }
}
