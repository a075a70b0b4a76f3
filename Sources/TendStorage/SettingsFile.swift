#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file the person keeps beside config.toml (config.toml itself,
/// people.toml, practices.toml): read whole, through a link if it is one,
/// as dotfile managers make them.
public enum SettingsFile {
    /// The file's text; nil when there is no file; or why it cannot be
    /// read, in words that go inside a sentence ("it is a folder").
    public static func text(at path: String) -> Result<String?, SettingsFileProblem> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT ? .success(nil) : .failure(SettingsFileProblem(StorageError.reason(errno: errno)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(SettingsFileProblem("it is a folder"))
        default: return .failure(SettingsFileProblem("it is not a plain file"))
        }
        let bytes: [UInt8]
        do {
            bytes = try POSIX.readSource(path)
        } catch {
            if case .system(_, _, let code) = error { return .failure(SettingsFileProblem(StorageError.reason(errno: code))) }
            return .failure(SettingsFileProblem("\(error)"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(SettingsFileProblem("it isn't UTF-8 text")) }
        return .success(text)
    }
}

/// Why a settings file cannot be read.
public struct SettingsFileProblem: Error, Hashable, Sendable {
    public let reason: String

    init(_ reason: String) { self.reason = reason }
}
