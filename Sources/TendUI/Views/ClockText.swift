import Foundation
import TendCore

/// Dates and times as the header and lists show them, in the zone in the
/// context (so tests can pin it). Names are in English, like
/// every other word on screen, and fixed: asking the locale for them on
/// every frame cost more than drawing the rest of the header.
public enum ClockText {
    /// "Mon 23 Nov  09:41".
    public static func dayAndTime(_ date: Date, in zone: Zone) -> String {
        "\(day(date, in: zone))  \(time(date, in: zone))"
    }

    /// "Mon 23 Nov".
    public static func day(_ date: Date, in zone: Zone) -> String {
        LocalDay(containing: date, in: zone).shortText
    }

    /// "09:41".
    public static func time(_ date: Date, in zone: Zone) -> String {
        LocalTime(date, in: zone).local.hourMinute
    }
}
