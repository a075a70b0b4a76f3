import Foundation
import TendCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The private file the editor opens: made with mkstemp (0600, a name no
/// one can guess) in `$XDG_RUNTIME_DIR` when that is a folder only we can
/// open, else in a new 0700 folder of ours made with mkdtemp. `remove()`
/// takes both away, whatever the editor did.
public struct EditorFile {
    public let path: String
    /// The folder made for it, removed with it; nil inside `$XDG_RUNTIME_DIR`.
    let folder: String?

    /// Makes the file holding `text`, or says why it could not.
    public static func make(holding text: String, environment: [String: String]) -> Result<EditorFile, EditorError> {
        var folder: String?
        var base = environment["XDG_RUNTIME_DIR"] ?? ""
        if !isPrivateFolder(base) {
            let temp = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            var template = Array("\(temp)/tend-XXXXXX".utf8CString)
            guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
                return .failure(EditorError(errno: errno))
            }
            base = String(cString: made)
            folder = base
        }
        var template = Array("\(base)/tend-XXXXXX.txt".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard fd >= 0 else {
            let code = errno
            if let folder { rmdir(folder) }
            return .failure(EditorError(errno: code))
        }
        let file = EditorFile(path: template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, folder: folder)
        fchmod(fd, 0o600)
        // Editors expect a file that ends in a newline; it is taken off again after.
        let bytes = Array((text.isEmpty ? "" : text + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let code = errno
        close(fd)
        guard written == bytes.count else {
            file.remove()
            return .failure(EditorError(errno: code))
        }
        return .success(file)
    }

    /// What the editor left, with `\r\n` as `\n` and the newlines at the end taken off.
    public func read() -> Result<String, EditorError> {
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(EditorError(errno: errno)) }
        var text = String(decoding: data, as: UTF8.self).replacingText("\r\n", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        return .success(text)
    }

    public func remove() {
        unlink(path)
        if let folder { rmdir(folder) }
    }

    /// True for a folder that is ours and shut to everyone else.
    static func isPrivateFolder(_ path: String) -> Bool {
        var info = stat()
        guard !path.isEmpty, lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        return info.st_uid == getuid() && info.st_mode & 0o077 == 0
    }
}

/// Why the editor's private file could not be made or read, from errno.
public struct EditorError: Error, Hashable, Sendable {
    public let reason: String
    init(errno code: Int32) { reason = String(cString: strerror(code)) }
}
