import Foundation
import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// A ritual started from the shell leaves one quiet line there once the
/// screen is gone ("Saved your appreciation for Zoë.").
@Suite("The line left in the shell")
struct LeaveWordTests {
    static let evening = Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 40))
    /// `tend pause --intention listen`.
    static let listening = PauseOptions(seconds: 5, intention: .listen, endsApp: true)

    func words(_ app: AppHarness) -> [String] {
        app.effects.compactMap { if case .leaveWord(let line) = $0 { return line } else { return nil } }
    }

    @Test("tend thanks")
    func thanks() {
        var app = AppHarness(route: .thanks(endsApp: true), context: Self.evening)
        app.type("Zoë")
        app.press(.enter)
        app.type("You read to me when I was tired.")
        app.press(.enter)
        // Past the offer to send it: this time it stays private.
        app.press(.escape)
        #expect(app.state.exitStatus == 0)
        #expect(words(app) == ["Saved your appreciation for Zoë."])
    }

    @Test("tend checkin")
    func checkIn() throws {
        var app = AppHarness(route: .checkIn(endsApp: true), context: Self.evening)
        app.press(.character("4"), .character("2"), .enter, .enter, .enter)
        #expect(app.state.exitStatus == 0)
        let practice = try #require((app.state.top as? CheckInScreen)?.practice(app.state.context))
        #expect(words(app) == ["Saved your check-in. Today's practice: \(practice.name)."])
    }

    @Test("tend repair")
    func repair() {
        var app = AppHarness(route: .repair(endsApp: true), context: Self.evening)
        app.press(.enter, .enter)
        app.type("Sam")
        app.press(.tab)
        app.type("I was short")
        app.press(.enter, .enter, .enter, .enter, .enter, .enter, .enter)
        #expect(words(app) == ["Saved your repair with Sam."])
    }

    @Test("tend pause, completed and stopped early")
    func pause() {
        var done = AppHarness(route: .pause(Self.listening), context: Self.evening)
        done.advance(by: 5)
        done.advance(by: 2)
        #expect(done.state.exitStatus == 0)
        #expect(words(done) == ["Saved your 5-second doorway pause."])
        var stopped = AppHarness(route: .pause(Self.listening), context: Self.evening)
        stopped.advance(by: 2)
        stopped.press(.character("x"))
        stopped.press(.escape)
        #expect(words(stopped) == ["Saved your doorway pause: 2 of 5 seconds."])
    }

    @Test("leaving without saving, or opening from home, leaves no line")
    func noLine() {
        var left = AppHarness(route: .thanks(endsApp: true), context: Self.evening)
        left.press(.escape)
        #expect(left.state.exitStatus == 0)
        #expect(words(left).isEmpty)
        var home = AppHarness(root: HomeScreen(), context: Self.evening)
        home.press(.character("t"))
        home.type("Zoë")
        home.press(.enter)
        home.type("You read to me.")
        home.press(.enter)
        #expect(words(home).isEmpty)
    }
}
