import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// Changing a repair in browse: seven fields, more than a small window
/// holds with a blank row between them.
@Suite("Changing a repair in browse")
struct BrowseRepairEditTests {
    static let repair = Record(id: RecordSamples.id(30), time: RecordSamples.time("2026-11-23T07:00:00+00:00"),
                               payload: .repair(Repair(who: "Ana", latency: .justNow, happened: "a cold reply",
                                                       myPart: "I was tired", forThem: "you felt brushed aside",
                                                       meant: "I wanted the evening", nextStep: "talk tonight",
                                                       words: "I think I see how that was for you.")))

    @Test("at 40x12 the fields go one to a row, and the focused one stays in sight", arguments: ["Happened", "Words"])
    func narrow(field: String) {
        var app = BrowseScreenTests.open([Self.repair], size: Size(width: 40, height: 12))
        app.press(.character("e"))
        #expect(app.screen.contains("Change this repair"), "\(app.screen)")
        if field == "Words" { app.press(.tab, .tab, .tab, .tab, .tab) }
        #expect(app.screen.contains(field), "\(app.screen)")
        expectSnapshot(app.snapshot, named: "browse-edit-repair-\(field.lowercased())-40x12")
    }

    @Test("at 80x24 all seven fit, a blank row between them")
    func wide() {
        var app = BrowseScreenTests.open([Self.repair])
        app.press(.character("e"))
        for label in ["With", "Happened", "My part", "For them", "I meant", "Next step", "Words"] {
            #expect(app.screen.contains("  \(label)"), "\(label): \(app.screen)")
        }
    }
}
