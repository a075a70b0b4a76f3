import Testing
import TendCore

@Suite("Insights: what was sent")
struct InsightsSentTests {
    typealias S = InsightsSamples

    static func sent(_ record: Record) -> Record {
        var record = record
        guard case .appreciation(var a) = record.payload else { return record }
        a.sent = record.time
        a.via = .command
        record.payload = .appreciation(a)
        return record
    }

    @Test("sent this week counts this week's appreciations that left, and sent counts them all")
    func sentCounts() {
        let records = [
            Self.sent(S.thanks("2026-11-23T21:00:00+01:00")), // Monday, this week, sent
            S.thanks("2026-11-23T22:00:00+01:00"),            // this week, kept private
            Self.sent(S.thanks("2026-11-16T08:00:00+01:00")), // last week, sent
        ]
        let stats = HabitStats(records: records, today: S.today)
        #expect(stats.appreciationsThisWeek == 2)
        #expect(stats.sentThisWeek == 1)
        #expect(stats.sentCount == 2)
    }
}
