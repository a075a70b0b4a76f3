import Testing
import TendCore
import TendTestSupport
@testable import TendUI

@Suite("The doorway pause")
struct PauseScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    @Test("choosing, then the breath at 0, 1.25, 2.5, 3.75 and 5 seconds", arguments: sizes)
    func guided(size: Size) {
        var app = AppHarness(size: size) { PauseScreen(context: $0) }
        expectSnapshot(app.snapshot, named: "pause-choose-\(size)")
        app.press(.enter)
        for (index, step) in [0, 1.25, 1.25, 1.25, 1.25].enumerated() {
            app.advance(by: step)
            expectSnapshot(app.snapshot, named: "pause-\(index)-\(size)")
        }
        #expect(app.saved.count == 1)
    }

    @Test("a completed pause is logged with its intention and length")
    func completed() {
        var app = AppHarness { PauseScreen(context: $0) }
        app.press(.character("2"))
        app.advance(by: 2.5)
        app.advance(by: 2.6)
        guard case .pause(let pause)? = app.saved.last?.payload else { Issue.record("nothing logged"); return }
        #expect(pause.outcome == .completed)
        #expect(pause.intention == .listen)
        #expect(pause.plannedSeconds == 5)
        #expect(pause.actualSeconds == 5)
    }

    @Test("any key cancels half way, and the pause is logged as cancelled with its real length")
    func cancelled() {
        var app = AppHarness { PauseScreen(context: $0) }
        app.press(.enter)
        app.advance(by: 2.5)
        app.press(.character("?"))
        guard case .pause(let pause)? = app.saved.last?.payload else { Issue.record("nothing logged"); return }
        #expect(pause.outcome == .cancelled)
        #expect(pause.actualSeconds == 2.5)
        #expect(app.screen.contains("Stopped after"))
    }

    @Test("the guide follows the monotonic clock, not the wall clock")
    func wallClockJump() {
        var app = AppHarness { PauseScreen(context: $0) }
        app.press(.enter)
        var later = app.state.context.now
        later.wall.addTimeInterval(3600)  // the wall clock jumps an hour
        app.send(.ticked(later))
        #expect(app.saved.isEmpty)
    }

    @Test("frames come steadily while it runs and stop when it ends")
    func frames() {
        var app = AppHarness { PauseScreen(context: $0) }
        #expect(app.state.top.nextFrame(after: app.state.context.now) == nil)
        app.press(.enter)
        let now = app.state.context.now
        let next = app.state.top.nextFrame(after: now)
        #expect(next.map { abs($0.uptime - now.uptime - 0.05) < 1e-6 } == true)
        app.advance(by: 5)
        #expect(app.state.top.nextFrame(after: app.state.context.now) == nil)
    }

    @Test("the static version draws once a second")
    func stillFrames() {
        var app = AppHarness { PauseScreen(animated: false, context: $0) }
        app.press(.enter)
        let now = app.state.context.now
        #expect(app.state.top.nextFrame(after: now).map { $0.uptime - now.uptime } == 1)
    }

    @Test("after the pause, Enter goes again and Esc is done")
    func again() {
        var app = AppHarness(root: HomeScreen())
        app.press(.character("p"), .enter)
        app.advance(by: 5)
        app.press(.enter)
        app.advance(by: 5)
        #expect(app.saved.count == 2)
        app.press(.escape)
        #expect(app.state.topRoute == .home)
        #expect(app.screen.contains("✓ 2 today"))
    }
}

@Suite("The doorway pause from the shell")
struct ShellPauseTests {
    @Test("started from the shell, it returns there a moment after the closing words")
    func returnsToShell() {
        var app = AppHarness { PauseScreen(seconds: 2, intention: .listen, endsApp: true, context: $0) }
        app.advance(by: 2)
        #expect(app.state.exitStatus == nil)
        #expect(app.saved.count == 1)
        app.advance(by: PauseScreen.closingMoment)
        #expect(app.state.exitStatus == 0)
    }
}
