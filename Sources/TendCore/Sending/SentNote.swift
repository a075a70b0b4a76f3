/// The short note that says an appreciation went out: "sent Tue 21:42 ✉"
/// when it left the day it was written, "sent Wed 25 Nov 08:10 ✉" on a
/// later day, with the year when that differs too. Shown in browse and
/// `tend log`; the journal keeps the full time.
public enum SentNote {
    private static let months = LocalDay.monthAbbreviations

    /// The note, or nil while the appreciation has not been sent.
    public static func text(for appreciation: Appreciation, writtenAt written: LocalTime) -> String? {
        guard let sent = appreciation.sent else { return nil }
        let day = sent.local, writtenDay = written.local
        var when = sent.weekdayAbbreviation
        if (day.year, day.month, day.day) != (writtenDay.year, writtenDay.month, writtenDay.day) {
            when += " \(day.day) \(months[day.month - 1])"
            if day.year != writtenDay.year { when += " \(day.year)" }
        }
        return "sent \(when) \(day.hourMinute) ✉"
    }

    /// "Tue 24 Nov 2026, 21:42": a moment in full, for asking before a resend.
    public static func moment(_ time: LocalTime) -> String {
        let day = time.local
        return "\(time.weekdayAbbreviation) \(day.day) \(months[day.month - 1]) \(day.year), \(day.hourMinute)"
    }
}
