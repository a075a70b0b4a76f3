import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// What a person reads in the browser names things: practice cards by their
/// names, and every part of a repair or a check-in by a label.
@Suite("Browsing: names and labels, not ids")
struct BrowseNamesTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    static let repair = Record(id: RecordSamples.id(20), time: RecordSamples.time("2026-11-23T07:00:00+00:00"),
                               payload: .repair(Repair(who: "Mum", latency: .withinHour,
                                                       happened: "I snapped about the dishes when she asked for help",
                                                       myPart: "I was tired and short", gesture: "what-do-you-need",
                                                       landed: true)))
    static let checkIn = Record(id: RecordSamples.id(21), time: RecordSamples.time("2026-11-22T07:00:00+00:00"),
                                payload: .checkIn(CheckIn(mood: 4, intention: .encourage, practice: "reset-signal",
                                                          person: "Mum", practiceDone: false)))

    static func open(_ records: [Record], size: Size) -> AppHarness {
        var app = AppHarness(size: size) { BrowseScreen(context: $0) }
        app.history = records
        app.advance(by: 0)
        app.advance(by: 0)
        return app
    }

    @Test("the list names the practice, not its id")
    func listNamesPractice() {
        let app = Self.open([Self.checkIn], size: Size(width: 80, height: 24))
        #expect(app.screen.contains("A reset signal for Mum"), "\(app.screen)")
        #expect(!app.screen.contains("reset-signal"), "\(app.screen)")
    }

    @Test("a repair in full, every part labelled, at every size", arguments: sizes)
    func repairDetail(size: Size) {
        var app = Self.open([Self.repair], size: size)
        app.press(.enter)
        #expect(!app.screen.contains("what-do-you-need"), "\(app.screen)")
        expectSnapshot(app.snapshot, named: "browse-repair-detail-\(size)")
    }

    @Test("a check-in in full, every part labelled, at every size", arguments: sizes)
    func checkInDetail(size: Size) {
        var app = Self.open([Self.checkIn], size: size)
        app.press(.enter)
        #expect(!app.screen.contains("reset-signal"), "\(app.screen)")
        expectSnapshot(app.snapshot, named: "browse-checkin-detail-\(size)")
    }

    @Test("a search finds a check-in by its practice's name")
    func searchByName() {
        var app = Self.open([Self.checkIn], size: Size(width: 80, height: 24))
        app.press(.character("/"))
        app.type("reset signal")
        app.press(.enter)
        #expect(app.screen.contains("1 of 1"), "\(app.screen)")
    }
}
