import Foundation

/// A time zone: how far the wall clock is from UTC at each instant.
///
/// Named zones and the process's own come from the system's tz database
/// through libc, as C programs read them (`SystemZones`), not from
/// Foundation's `TimeZone`, whose named zones need ICU in a static Linux build.
public struct Zone: Hashable, Sendable, CustomStringConvertible {
    enum Rules: Hashable, Sendable {
        /// The process's own zone: `TZ`, else `/etc/localtime`, else UTC.
        case process
        /// A zone of the tz database, and the file its rules are read from.
        case named(identifier: String, file: String)
        case fixed(secondsFromUTC: Int)
    }

    let rules: Rules

    /// The zone the process lives in, as C programs see it.
    public static let current = Zone(rules: .process)

    public static let utc = Zone(secondsFromUTC: 0)

    init(rules: Rules) { self.rules = rules }

    /// A zone always `secondsFromUTC` east of UTC (`+01:00` is 3600).
    public init(secondsFromUTC: Int) { self.init(rules: .fixed(secondsFromUTC: secondsFromUTC)) }

    /// The zone the tz database names `identifier` ("Europe/Berlin"); nil
    /// when the system has no such zone. "UTC" and "GMT" always exist.
    public init?(identifier: String) {
        if let file = SystemZones.shared.file(for: identifier) {
            self.init(rules: .named(identifier: identifier, file: file))
        } else if identifier == "UTC" || identifier == "GMT" {
            self = .utc
        } else {
            return nil
        }
    }

    /// "Europe/Berlin"; nil for the process's zone and fixed offsets.
    public var identifier: String? {
        if case .named(let identifier, _) = rules { return identifier }
        return nil
    }

    /// Seconds east of UTC at `date` (`+01:00` is 3600).
    public func secondsFromUTC(at date: Date) -> Int {
        // Whole seconds, rounded down; far beyond any calendar, clamped.
        let seconds = Int64(max(-1e15, min(1e15, date.timeIntervalSince1970.rounded(.down))))
        switch rules {
        case .fixed(let offset): return offset
        case .process: return SystemZones.shared.secondsFromUTC(at: seconds, file: nil)
        case .named(_, let file): return SystemZones.shared.secondsFromUTC(at: seconds, file: file)
        }
    }

    /// "Europe/Berlin", "the system's zone" or "UTC+05:30".
    public var description: String {
        switch rules {
        case .process: return "the system's zone"
        case .named(let identifier, _): return identifier
        case .fixed(let offset):
            let minutes = abs(offset) / 60
            func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return offset == 0 ? "UTC" : "UTC\(offset < 0 ? "-" : "+")\(pad(minutes / 60)):\(pad(minutes % 60))"
        }
    }
}
