import Testing
import TendCore
import TendTestSupport

@Suite("One line per entry, in words a person reads")
struct RecordSummaryTests {
    func line(_ payload: Payload) -> String {
        RecordSummary.text(of: Record(payload, at: RecordSamples.time()), practices: .builtIn)
    }

    @Test("a check-in names its practice")
    func checkIn() {
        #expect(line(.checkIn(CheckIn(mood: 4, intention: .listen, practice: "reset-signal", person: "Mum", practiceDone: true)))
            == "mood 4/5 · listen · A reset signal for Mum · done")
    }

    @Test("a repair names its way back and whether it landed")
    func repair() {
        #expect(line(.repair(Repair(who: "Mum", latency: .withinHour, happened: "I snapped", myPart: "I was short",
                                    gesture: "what-do-you-need", landed: false)))
            == "with Mum · within the hour · I snapped · my part: I was short · way back: Ask what they need · not landed yet")
    }

    @Test("a card no longer known keeps its id")
    func unknownCard() {
        #expect(line(.checkIn(CheckIn(mood: 3, intention: .notice, practice: "my-own-card"))) == "mood 3/5 · notice · my-own-card")
    }

    @Test("a pause stopped early says so, as the pause screen does")
    func stoppedPause() {
        #expect(line(.pause(Pause(intention: .notice, plannedSeconds: 5, actualSeconds: 1.5, outcome: .cancelled)))
            == "notice · 1.5 of 5 s · stopped early")
    }
}
