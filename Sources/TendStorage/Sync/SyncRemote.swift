import Foundation
import TendCore

/// What `tend sync init REMOTE` is given: any remote git understands. A URL
/// (`ssh://`, `https://`, `file://`), an scp-style `host:path`, or a folder on
/// this machine (a bare repository on a USB stick).
public enum SyncRemote {
    /// True when `remote` names a folder here rather than a URL or `host:path`.
    /// git's own rule: a colon before any slash means a host.
    public static func isLocalPath(_ remote: String) -> Bool {
        if remote.includes("://") { return false }
        guard let colon = remote.firstIndex(of: ":") else { return true }
        return remote[..<colon].includes("/")
    }

    /// `remote` as git should store it: a folder made absolute (git runs in
    /// the data folder later, where a relative path would mean something
    /// else) and `~` expanded; anything else as given.
    public static func resolved(_ remote: String, currentDirectory: String, home: String) -> String {
        guard isLocalPath(remote) else { return remote }
        var path = remote
        if path == "~" { path = home } else if path.hasPrefix("~/") { path = home + path.dropFirst() }
        if !path.hasPrefix("/") { path = currentDirectory + "/" + path }
        let standard = PathText.standardized(path)
        return standard.isEmpty ? "/" : standard
    }

    /// `remote` fit to show or print: a password or a token in a URL is left out.
    public static func display(_ remote: String) -> String {
        guard let scheme = remote.textRange(of: "://") else { return remote }
        let rest = remote[scheme.upperBound...]
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        guard let at = rest[..<hostEnd].lastIndex(of: "@") else { return remote }
        let userInfo = rest[..<at]
        let schemeName = remote[..<scheme.lowerBound].lowercased()
        // ssh://git@host is a user name; http(s)://TOKEN@host or user:secret@ is a secret.
        if !userInfo.includes(":"), !schemeName.hasPrefix("http") { return remote }
        return String(remote[..<scheme.upperBound]) + rest[rest.index(after: at)...]
    }
}
