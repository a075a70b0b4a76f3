import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// Meetings in the browser: their breaths and rounds listed quietly, like
/// pauses; the thank-you that opened one listed as the appreciation it is.
@Suite("Browsing meetings")
struct BrowseMeetingsTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]

    static let journal: [Record] = BrowseSamples.journal + [
        Record(id: RecordSamples.id(20), time: RecordSamples.time("2026-11-23T10:00:10+00:00"),
               payload: .meeting(Meeting(ritual: .breath, label: "stand-up"))),
        Record(id: RecordSamples.id(21), time: RecordSamples.time("2026-11-23T10:01:00+00:00"),
               payload: .appreciation(Appreciation(person: "Sam", text: "Your notes made the handover easy.",
                                                   meeting: "stand-up"))),
        Record(id: RecordSamples.id(22), time: RecordSamples.time("2026-11-23T10:15:00+00:00"),
               payload: .meeting(Meeting(ritual: .round, label: "stand-up", useful: "the demo", energising: "Priya's fix"))),
    ]

    /// The cells of the row that shows `text`, or nil.
    func row(_ app: AppHarness, containing text: String) -> [Cell]? {
        var canvas = Canvas(size: app.state.size)
        app.state.render(into: &canvas)
        for y in 0..<canvas.size.height {
            let cells = (0..<canvas.size.width).map { canvas[$0, y] }
            if cells.map(\.text).joined().contains(text) { return cells }
        }
        return nil
    }

    @Test("the breath and the round are listed with the day's other entries, at every size", arguments: sizes)
    func listed(size: Size) {
        let app = BrowseScreenTests.open(Self.journal, size: size)
        expectSnapshot(app.snapshot, named: "browse-meetings-\(size)")
        if size.width == 80 {
            #expect(app.screen.contains("stand-up · the round · useful: the demo"), "\(app.screen)")
            #expect(app.screen.contains("stand-up · a breath together"))
        }
    }

    @Test("a meeting's line is quiet, like a pause's; the thank-you that opened it is not")
    func quiet() throws {
        var app = BrowseScreenTests.open(Self.journal)
        app.press(.character("G"))      // the selection away from the rows looked at
        let breath = try #require(row(app, containing: "a breath together"))
        #expect(breath.allSatisfy { $0.style == .muted || $0.text == " " }, "\(breath.map(\.style))")
        let thanks = try #require(row(app, containing: "handover"))
        #expect(thanks.contains { $0.style == .plain && $0.text != " " })
    }

    @Test("a shows appreciations only: the meeting's thank-you stays, its breath and round go")
    func appreciationsOnly() {
        var app = BrowseScreenTests.open(Self.journal)
        app.press(.character("a"))
        #expect(app.screen.contains("handover"))
        #expect(!app.screen.contains("a breath together") && !app.screen.contains("the round"), "\(app.screen)")
    }

    @Test("a round in full shows its three answers, a skipped one as a dash", arguments: sizes)
    func roundInFull(size: Size) {
        var app = BrowseScreenTests.open(Self.journal, size: size)
        app.press(.character("/"))
        app.type("Priya")
        app.press(.enter, .enter)
        expectSnapshot(app.snapshot, named: "browse-meeting-round-\(size)")
        #expect(app.screen.contains("the round"))
    }
}
