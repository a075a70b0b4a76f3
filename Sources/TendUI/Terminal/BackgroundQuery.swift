import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TendProcess

/// Asks the terminal for its background colour (OSC 11) once, before the
/// input reader starts, so the reply is read here and never becomes keys
/// (a reply that comes later is an OSC string, which `KeyDecoder` skips
/// whole). A device-attributes request (DA1) follows it: every terminal
/// answers that, and in order, so one that ignores OSC 11 is known at once
/// instead of after the whole wait.
enum BackgroundQuery {
    /// The longest Tend waits for the answers at start.
    static let timeLimit = 0.1

    /// What the terminal sent back in time (both replies, or what came of them).
    static func ask() -> [UInt8]? {
        tend_emit("\u{1B}]11;?\u{07}\u{1B}[c")
        var bytes: [UInt8] = []
        let deadline = MonotonicClock.seconds() + timeLimit
        var chunk = [UInt8](repeating: 0, count: 256)
        while !hasDeviceAttributes(bytes) {
            let left = deadline - MonotonicClock.seconds()
            guard left > 0 else { break }
            var waiting = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, Int32(max(1, left * 1000))) > 0 else { break }
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += chunk[0..<count]
        }
        return bytes.isEmpty ? nil : bytes
    }

    /// True once the DA1 reply (`ESC [ ? … c`) is in: everything before it is too.
    static func hasDeviceAttributes(_ bytes: [UInt8]) -> Bool {
        guard let start = find([0x1B, 0x5B, 0x3F], in: bytes) else { return false }
        return bytes[(start + 3)...].contains(UInt8(ascii: "c"))
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }
    }
}
