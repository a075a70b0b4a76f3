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
}
