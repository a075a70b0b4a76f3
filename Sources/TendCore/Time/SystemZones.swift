#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// libc's local time, for the process's zone and for any zone of the tz
/// database.
///
/// libc knows one zone at a time, process-wide: the one `tzset` loaded from
/// `TZ` (or `/etc/localtime`). Reading another means pointing `TZ` at its file
/// and calling `tzset` again, so every read happens under one lock; `TZ` is
/// put back straight after, because programs Tend starts inherit it and the
/// process's own zone is whatever it says. libc keeps the rules it loaded
/// last and compares `TZ` with their name before reading a file again, so
/// many reads in one zone (the scheduler's, an import's) read its file once;
/// `loaded` says whether those rules are the process's own, so that reading
/// the process's zone needs no `tzset` at all after the first time.
final class SystemZones: Sendable {
    static let shared = SystemZones()

    private enum Loaded: Equatable {
        case nothing, process, file(String)
    }

    private struct State {
        var loaded = Loaded.nothing
        /// Each identifier's tz database file, looked up once.
        var files: [String: String?] = [:]
    }

    private let state = Mutex(State())

    private init() {}

    /// The tz database file of `identifier`, looked up once per identifier.
    func file(for identifier: String) -> String? {
        state.withLock { state in
            if let known = state.files[identifier] { return known }
            let file = ZoneFile.path(of: identifier)
            state.files[identifier] = file
            return file
        }
    }

    /// Seconds east of UTC at `seconds` since 1970 in the zone of `file`, or
    /// in the process's zone when `file` is nil.
    func secondsFromUTC(at seconds: Int64, file: String?) -> Int {
        state.withLock { state in
            guard let file else {
                if state.loaded != .process {
                    tzset()
                    state.loaded = .process
                }
                return Self.localOffset(at: seconds)
            }
            let own = getenv("TZ").map { String(cString: $0) }
            setenv("TZ", ":" + file, 1)
            tzset()
            state.loaded = .file(file)
            let offset = Self.localOffset(at: seconds)
            if let own { setenv("TZ", own, 1) } else { unsetenv("TZ") }
            return offset
        }
    }

    /// The offset of the rules libc has loaded (0 beyond what `tm` can hold).
    private static func localOffset(at seconds: Int64) -> Int {
        var instant = time_t(seconds)
        var fields = tm()
        guard localtime_r(&instant, &fields) != nil else { return 0 }
        return Int(fields.tm_gmtoff)
    }
}
