#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What Foundation's `NSString` path calls gave, worked out on the string:
/// the `NSString` bridge is swift-corelibs-foundation, and one call to it
/// links ICU into the binary. PathTextTests compares each with Foundation.
public enum PathText {
    /// The last component: "/a/b/" → "b", "/" → "/" (`lastPathComponent`).
    public static func lastComponent(_ path: String) -> String {
        let tidy = withTidySlashes(path)
        guard tidy.utf16.count > 1, let slash = tidy.lastIndex(of: "/") else { return tidy }
        return String(tidy[tidy.index(after: slash)...])
    }

    /// The path without its last component: "/a/b" → "/a", "/a" → "/",
    /// "a" → "" (`deletingLastPathComponent`).
    public static func parent(_ path: String) -> String {
        let tidy = withTidySlashes(path)
        if tidy == "/" || tidy.isEmpty { return tidy }
        guard let slash = tidy.lastIndex(of: "/") else { return "" }
        return slash == tidy.startIndex ? "/" : String(tidy[..<slash])
    }

    /// `component` after `path` with one slash between (`appendingPathComponent`).
    public static func appending(_ component: String, to path: String) -> String {
        if component.isEmpty { return path }
        if path.isEmpty { return component }
        return path.hasSuffix("/") ? path + component : path + "/" + component
    }

    /// `~` expanded, `.` and empty components dropped, `..` taken back in an
    /// absolute path, and each component that is a symbolic link replaced by
    /// where it leads (`standardizingPath`, except that a link's relative
    /// target is taken from the link's own folder, where the system takes
    /// it, not from the current folder, as Foundation did).
    public static func standardized(_ path: String) -> String {
        let expanded = expandingTilde(path)
        let resolved = resolvingLinks(expanded)
        return withoutPrefix("/var/automount", of: resolved)
    }

    /// The account's home folder: `$HOME` when set, else the password
    /// database's (`NSHomeDirectory()`).
    public static var accountHome: String {
        if let home = getenv("HOME"), home.pointee != 0 { return String(cString: home) }
        return passwordHome(uid: geteuid()) ?? "/"
    }

    /// Runs of slashes made one and a trailing one dropped; "/" stays.
    private static func withTidySlashes(_ path: String) -> String {
        if path == "/" { return path }
        var tidy = ""
        var afterSlash = false
        for character in path {
            if character == "/" {
                if !afterSlash { tidy.append(character) }
                afterSlash = true
            } else {
                tidy.append(character)
                afterSlash = false
            }
        }
        if tidy.hasSuffix("/") { tidy.removeLast() }
        return tidy
    }

    private static func expandingTilde(_ path: String) -> String {
        guard path.hasPrefix("~") else { return path }
        let nameEnd = path.firstIndex(of: "/") ?? path.endIndex
        let user = String(path[path.index(after: path.startIndex)..<nameEnd])
        var expanded = path
        if let home = user.isEmpty ? accountHome : userHome(user) {
            expanded = home + path[nameEnd...]
        }
        if expanded.utf16.count > 1, expanded.hasSuffix("/") { expanded.removeLast() }
        return expanded
    }

    private static func resolvingLinks(_ path: String) -> String {
        var components = self.components(path)
        guard !components.isEmpty else { return path }
        if components.count > 1, components.last == "/" { components.removeLast() }
        let absolute = path.hasPrefix("/") || path.hasPrefix("~")
        var resolved = components.removeFirst()
        for component in components {
            switch component {
            case "", ".":
                continue
            case ".." where absolute:
                resolved = parent(resolved)
            default:
                resolved = appending(component, to: resolved)
                if let target = linkTarget(resolved) { resolved = target }
            }
        }
        return withoutPrefix("/private", of: resolved)
    }

    /// "/a//b/" → ["/", "a", "b", "/"]: the root and a trailing slash count.
    private static func components(_ path: String) -> [String] {
        guard !path.isEmpty else { return [] }
        var parts = path.hasPrefix("/") ? ["/"] : []
        parts += path.split(separator: "/").map(String.init)
        if path.utf16.count > 1, path.hasSuffix("/") { parts.append("/") }
        return parts
    }

    /// Where the link at `path` leads, every link on the way followed: what
    /// the link says, a relative target read from the link's folder; nil when
    /// `path` is no link or its target does not exist.
    private static func linkTarget(_ path: String) -> String? {
        guard let written = readLink(path) else { return nil }
        let target = written.hasPrefix("/") ? written : appending(written, to: parent(path))
        guard let resolved = realpath(target, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `path` without `prefix` when what is left exists (macOS's /private and automount folders).
    private static func withoutPrefix(_ prefix: String, of path: String) -> String {
        guard path != prefix, path.hasPrefix(prefix) else { return path }
        let rest = String(path.dropFirst(prefix.count))
        return access(rest, F_OK) == 0 ? rest : path
    }

    private static func userHome(_ name: String) -> String? {
        guard let entry = getpwnam(name), let folder = entry.pointee.pw_dir else { return nil }
        return String(cString: folder)
    }

    private static func passwordHome(uid: uid_t) -> String? {
        guard let entry = getpwuid(uid), let folder = entry.pointee.pw_dir else { return nil }
        return String(cString: folder)
    }
}
