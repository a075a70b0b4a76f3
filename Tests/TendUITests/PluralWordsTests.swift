import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// Counts on screen read right at one: "1 minute", never "1 minutes".
@Suite("Counts on screen")
struct PluralWordsTests {
    @Test("a snooze of one minute says one minute")
    func snoozeOneMinute() {
        var context = Fixtures.context(at: Fixtures.date(2026, 11, 23, 7, 29, 55))
        context.data.config.schedule.snoozeMinutes = 1
        var app = AppHarness(root: HomeScreen(), context: context)
        app.advance(by: 5)
        app.press(.character("s"))
        #expect(app.screen.contains("It will come back in 1 minute."), "\(app.screen)")
    }

    @Test("a one-second pause in the browser reads 1 of 1 second")
    func oneSecondPause() {
        let pause = Record(id: RecordSamples.id(30), time: RecordSamples.time("2026-11-23T07:00:00+00:00"),
                           payload: .pause(Pause(intention: .notice, plannedSeconds: 1, actualSeconds: 1, outcome: .completed)))
        var app = AppHarness { BrowseScreen(context: $0) }
        app.history = [pause]
        app.advance(by: 0)
        app.advance(by: 0)
        app.press(.enter)
        #expect(app.screen.contains("1 of 1 second, all the way"), "\(app.screen)")
    }
}
