import Testing
import TendTestSupport
@testable import TendUI

/// A flood of keys a field refuses (a 2 MB paste typed by a terminal without
/// bracketed paste) must not send the terminal a bell per key.
@Suite("The run loop's bell")
struct ProgramBellTests {
    @Test("keys refused in one read ring the bell once")
    func oneBellPerRead() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let full = TerminalInput.key(.paste(String(repeating: "x", count: 200))) // the name field holds 200
        let refused = Array(repeating: TerminalInput.key(.character("y")), count: 500)
        terminal.enqueue(.key(.character("t")))
        terminal.enqueue(full)
        terminal.enqueue(contentsOf: refused)
        terminal.enqueue(.key(.character("z")))
        let state = AppState(root: HomeScreen(), context: Fixtures.context(), size: terminal.size)
        _ = Program(state: state, terminal: terminal, clock: ManualClock()).run()
        #expect(terminal.bells == 2, "one bell for the batch of 500, one for the key after it")
    }
}
