import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file writes of config.toml, built on `AtomicFileWriter` (temp file
/// in the same folder, fsync, rename, fsync the folder; mode 0600, a new
/// folder 0700). Two config-specific touches: a symlinked config (say, into
/// a dotfiles repo) is written through so the link survives, and `create`
/// never replaces an existing file, even one that appears mid-way.
enum ConfigWriter {
    /// Replaces the file at `url` with `text`, or creates it.
    static func replace(_ url: URL, with text: String) throws(ConfigError) {
        do {
            try AtomicFileWriter.write(Array(text.utf8), to: target(of: url))
        } catch {
            throw .storage(error)
        }
    }

    /// Writes `text` to `url` only if nothing is there. False, and nothing
    /// written, when something already is.
    static func create(_ url: URL, with text: String) throws(ConfigError) -> Bool {
        let path = target(of: url)
        if (try? FileManager.default.attributesOfItem(atPath: url.path)) != nil { return false }
        // Write a complete, synced copy beside it, then hard-link it into
        // place: link(2) fails rather than replace a file that appeared meanwhile.
        let folder = PathText.parent(path)
        let staging = "\(folder)/.\(PathText.lastComponent(path)).\(getpid()).\(String(UInt32.random(in: 0...UInt32.max), radix: 16)).new"
        do {
            try AtomicFileWriter.write(Array(text.utf8), to: staging)
        } catch {
            throw .storage(error)
        }
        defer { unlink(staging) }
        guard link(staging, path) == 0 else {
            if errno == EEXIST { return false }
            throw .storage(.system(operation: .write, path: path, errno: errno))
        }
        syncFolder(folder)
        return true
    }

    /// The file to write: the link's target when the config is a symlink.
    private static func target(of url: URL) -> String {
        url.resolvingSymlinksInPath().path
    }

    /// Makes the new link durable. Best effort: some file systems refuse.
    private static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
