import Foundation
import TendCore

/// Paths a user writes in config.toml and people.toml (`share`,
/// `age_identity`): `~` stands for the home folder, and the result must be
/// a full path, since Tend may run from any folder.
public enum FolderPath {
    /// What a written path became.
    public enum Expansion: Hashable, Sendable {
        case success(String)
        /// Why it can't be used, for a message ("it is a relative path").
        case failure(String)
    }

    /// `$HOME`, else the account's home folder.
    public static var home: String {
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { return home }
        return PathText.accountHome
    }

    /// `written` with `~` expanded and tidied (no `..`, no trailing slash).
    public static func expand(_ written: String, home: String) -> Expansion {
        let path = written.trimmed()
        if path.isEmpty { return .failure("empty") }
        if path.utf8.contains(0) || SafeText.needsCleaning(path) { return .failure("it holds control characters") }
        var full = path
        if path == "~" {
            full = home
        } else if path.hasPrefix("~/") {
            full = home + path.dropFirst()
        } else if path.hasPrefix("~") {
            return .failure("Tend expands ~ alone, not ~name; write the whole path")
        }
        guard full.hasPrefix("/") else { return .failure("it is a relative path; start it with / or ~/") }
        let standard = PathText.standardized(full)
        return .success(standard.isEmpty ? "/" : standard)
    }

    /// A path typed on the command line: `~` expanded, a relative path taken
    /// from `currentDirectory`. Nil when it can't be used.
    public static func resolve(_ typed: String, currentDirectory: String, home: String) -> String? {
        let trimmed = typed.trimmed()
        let full = trimmed.hasPrefix("/") || trimmed.hasPrefix("~") ? trimmed : currentDirectory + "/" + trimmed
        if case .success(let path) = expand(full, home: home) { return path }
        return nil
    }
}
