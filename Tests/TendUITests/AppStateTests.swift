import Testing
import TendTestSupport
@testable import TendUI

@Suite("The state machine")
struct AppStateTests {
    @Test("? opens help for the screen below and Esc closes it")
    func help() {
        var app = AppHarness(root: HomeScreen())
        app.press(.character("?"))
        #expect(app.state.topRoute == .help)
        #expect(app.screen.contains("quit Tend"))
        app.press(.escape)
        #expect(app.state.topRoute == .home)
    }

    @Test("q on home quits with status 0")
    func quit() {
        var app = AppHarness(root: HomeScreen())
        app.press(.character("q"))
        #expect(app.state.exitStatus == 0)
    }

    @Test("Esc on home does not quit")
    func escapeOnHome() {
        var app = AppHarness(root: HomeScreen())
        app.press(.escape)
        #expect(app.state.exitStatus == nil)
    }

    @Test("j moves the home selection and wraps around")
    func selection() {
        var app = AppHarness(root: HomeScreen())
        app.press(.character("j"))
        #expect(app.screen.contains("› p  Doorway pause"))
        app.press(.character("k"), .character("k"))
        #expect(app.screen.contains("› \(HomeMenu.items.last?.key ?? "?")  \(HomeMenu.items.last?.name ?? "")"))
    }

    @Test("a resize re-lays out at once, and the full screen returns when it grows")
    func resize() {
        var app = AppHarness(root: HomeScreen())
        app.resize(Size(width: 30, height: 8))
        #expect(app.screen.contains("Please"))
        app.resize(Size(width: 80, height: 24))
        #expect(app.screen.contains("Good morning."))
    }

    @Test("an idle home screen sleeps until the next minute")
    func idleWake() {
        let app = AppHarness(root: HomeScreen(), context: Fixtures.context(at: Fixtures.date(2026, 11, 23, 7, 30, 15)))
        let wake = app.state.nextWake()
        #expect(wake.uptime - app.state.context.now.uptime == 45)
    }

    @Test("the footer keeps quit and help on a narrow window")
    func narrowFooter() {
        var app = AppHarness(root: HomeScreen(), size: Size(width: 40, height: 12))
        app.press(.character("j"))
        let footer = app.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.contains("q quit"))
        #expect(footer.contains("? help"))
    }
}

@Suite("The run loop")
struct ProgramTests {
    @Test("the loop draws, handles keys, and stops on quit")
    func runsUntilQuit() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enqueue(keys: [.character("?"), .escape, .character("q")])
        let clock = ManualClock()
        let state = AppState(root: HomeScreen(), context: Fixtures.context(), size: terminal.size)
        let outcome = Program(state: state, terminal: terminal, clock: clock).run()
        #expect(outcome.status == 0)
        #expect(outcome.signal == nil)
        #expect(terminal.screenText.contains("Good morning."))
    }

    @Test("an idle loop asks to sleep, never to spin")
    func sleepsWhenIdle() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enqueue(keys: [.character("j"), .character("q")])
        let state = AppState(root: HomeScreen(), context: Fixtures.context(), size: terminal.size)
        _ = Program(state: state, terminal: terminal, clock: ManualClock()).run()
        #expect(terminal.requestedTimeouts.allSatisfy { ($0 ?? 0) > 1 })
    }

    @Test("a signal ends the loop and is reported")
    func signal() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enqueue(.interrupted(signal: 15))
        let state = AppState(root: HomeScreen(), context: Fixtures.context(), size: terminal.size)
        let outcome = Program(state: state, terminal: terminal, clock: ManualClock()).run()
        #expect(outcome.status == 143)
        #expect(outcome.signal == 15)
    }
}
