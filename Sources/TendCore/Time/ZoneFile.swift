#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the tz database keeps a zone: `$TZDIR/Europe/Berlin` (when `TZDIR`
/// is an absolute path and has it), else `/usr/share/zoneinfo/Europe/Berlin`.
///
/// The identifier ends up in `TZ`, which libc would also read as a path or as
/// rules of its own ("EST5EDT,M3.2.0,M11.1.0"), so only a plain name is
/// accepted, and only when it names a compiled zone file.
enum ZoneFile {
    static let systemFolder = "/usr/share/zoneinfo"

    /// The file of `identifier`, or nil when it is not a zone of the database.
    static func path(of identifier: String) -> String? {
        guard isPlainName(identifier) else { return nil }
        var folders = [systemFolder]
        if let folder = getenv("TZDIR").map({ String(cString: $0) }), folder.hasPrefix("/") {
            folders.insert(folder, at: 0)
        }
        for folder in folders {
            let path = folder + "/" + identifier
            if isZoneFile(path) { return path }
        }
        return nil
    }

    /// "Europe/Berlin", "America/Port-au-Prince", "Etc/GMT+5": words of
    /// letters, digits, `_`, `-` and `+`, each starting with a letter, joined
    /// by single slashes. Nothing that climbs (`..`) or starts at the root.
    static func isPlainName(_ identifier: String) -> Bool {
        let words = identifier.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard identifier.utf8.count <= 255 else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, isLetter(first) else { return false }
            return word.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x5F || $0 == 0x2D || $0 == 0x2B }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    /// A regular file that starts like a compiled zone ("TZif"), unlike the
    /// database's tables (`leapseconds`) and folders (`Europe`). Opened
    /// without waiting, so that a FIFO cannot hang the lookup.
    private static func isZoneFile(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        var magic = [UInt8](repeating: 0, count: 4)
        let count = magic.withUnsafeMutableBytes { read(fd, $0.baseAddress, 4) }
        return count == 4 && magic == Array("TZif".utf8)
    }
}
