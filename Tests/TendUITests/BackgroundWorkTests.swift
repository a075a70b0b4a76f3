import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport
import TendUI

/// Work beside the run loop (the app's sync): started after the first frame,
/// never in the way of a key, its result shown when it is ready.
@Suite("The run loop: background work")
struct BackgroundWorkTests {
    /// Records what the loop asked, and finishes on the second collect.
    final class FakeWork: BackgroundWork {
        let terminal: MemoryTerminal
        var drawnBeforeBegin: Bool?
        var collects = 0
        var isRunning = false

        init(terminal: MemoryTerminal) { self.terminal = terminal }

        func begin() {
            drawnBeforeBegin = terminal.lastCanvas != nil
            isRunning = true
        }

        func collect() -> [Event] {
            collects += 1
            guard isRunning, collects == 2 else { return [] }
            isRunning = false
            return [.effectReported(Report("Synced: 2 new from the other device."))]
        }

        var recheckInterval: Double? { isRunning ? 0.25 : nil }
    }

    @Test("it begins once the first frame is on screen, and its report shows when it ends")
    func beginsAfterFirstFrame() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enqueue(keys: [.character("j"), .character("j")])
        let work = FakeWork(terminal: terminal)
        let state = AppState(root: HomeScreen(), context: Fixtures.context(), size: terminal.size)
        _ = Program(state: state, terminal: terminal, clock: ManualClock(), background: work).run()
        #expect(work.drawnBeforeBegin == true)
        #expect(terminal.screenText.contains("Synced: 2 new from the other device."))
    }

    @Test("while it runs the loop looks again soon; once done it sleeps as before")
    func rechecks() {
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enqueue(keys: [.character("j"), .character("j"), .character("j")])
        let work = FakeWork(terminal: terminal)
        let state = AppState(root: HomeScreen(), context: Fixtures.context(), size: terminal.size)
        _ = Program(state: state, terminal: terminal, clock: ManualClock(), background: work).run()
        let timeouts = terminal.requestedTimeouts.compactMap { $0 }
        #expect(timeouts.prefix(2).allSatisfy { $0 <= 0.25 })
        #expect(timeouts.dropFirst(2).allSatisfy { $0 > 1 })
    }

    @Test("entries from another device replace the recent journal home reads")
    func reload() {
        var state = AppState(root: HomeScreen(), context: Fixtures.context(), size: Size(width: 80, height: 24))
        let record = Record(.appreciation(Appreciation(person: "Ana", text: "You fixed the shelf")),
                            at: LocalTime(Fixtures.morning.addingTimeInterval(-3600), in: Zone.utc))
        _ = state.update(.journalReloaded(RecentJournal(lines: [record]), fired: []))
        #expect(state.context.data.journal.records == [record])
    }
}
