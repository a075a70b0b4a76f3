import Foundation

/// Names in a shared folder: each person appends to `<their name>.jsonl`
/// (their `[me] name`), so the name must make a file name that works on
/// every machine the folder syncs to, Windows and macOS included.
public enum LetterFileName {
    /// The most characters a name may have.
    public static let maxLength = 64
    public static let fileExtension = ".jsonl"

    /// The letters file a writer called `name` appends to.
    public static func file(for name: String) -> String { name + fileExtension }

    /// The lock file that writer holds while appending (a lock of its own,
    /// so two people writing the same folder on one machine never wait on each other).
    public static func lock(for name: String) -> String { "." + name + ".lock" }

    /// What is wrong with `name` as the name letters are signed with and
    /// filed under, or nil when it is fine.
    public static func problem(with name: String) -> String? {
        let trimmed = name.trimmed()
        if trimmed.isEmpty { return "empty" }
        if trimmed != name { return "it has spaces at one end" }
        if name.count > maxLength { return "longer than \(maxLength) characters" }
        if name.hasPrefix(".") { return "it starts with a dot, which hides a file" }
        if name.hasSuffix(".") { return "it ends with a dot, which Windows drops from file names" }
        if let bad = name.first(where: { forbidden.contains($0) }) {
            return "it holds \(bad == "\"" ? "a quote" : "\"\(bad)\""), which can't be part of a file name everywhere"
        }
        if SafeText.needsCleaning(name) || name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "it holds control characters"
        }
        return nil
    }

    /// True when the file called `fileName` in a shared folder is the one
    /// `me` writes, or a sync tool's copy of it
    /// (`Ana.sync-conflict-20261124-101010-ABCDEF.jsonl`). Names match
    /// ignoring case and accents, as a case-insensitive disk would.
    public static func isOwn(_ fileName: String, me: String) -> Bool {
        guard let base = writer(of: fileName) else { return false }
        return PersonName.matches(base, me)
    }

    /// The writer a letters file is named after: `Sam` for `Sam.jsonl` and
    /// its conflict copies; nil for a file that is not a letters file.
    public static func writer(of fileName: String) -> String? {
        guard fileName.hasSuffix(fileExtension), !fileName.hasPrefix(".") else { return nil }
        var base = String(fileName.dropLast(fileExtension.count))
        if let copy = base.textRange(of: ".sync-conflict-") { base = String(base[..<copy.lowerBound]) }
        return base.isEmpty ? nil : base
    }

    private static let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
}
