import Testing
import TendCore
@testable import TendStorage
import TendTestSupport

/// The Markdown export is for reading: times padded alike, practices by name.
@Suite("Markdown export: words a person reads")
struct MarkdownExportWordsTests {
    static func markdown(_ records: [Record]) throws -> String {
        var bytes: [UInt8] = []
        try JournalExporter.export(records, as: .markdown, practices: .builtIn) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("morning and evening times are both zero-padded")
    func paddedTimes() throws {
        let text = try Self.markdown([
            Record(.appreciation(Appreciation(person: "Zoë", text: "Tea.")), at: RecordSamples.time("2026-12-07T07:30:00+01:00")),
            Record(.appreciation(Appreciation(person: "José", text: "Soup.")), at: RecordSamples.time("2026-12-07T21:30:00+01:00")),
        ])
        #expect(text.contains("7 Dec, 07:30**"), "\(text)")
        #expect(text.contains("7 Dec, 21:30**"), "\(text)")
    }

    @Test("check-ins and repairs name their practices")
    func practiceNames() throws {
        let text = try Self.markdown([
            Record(.checkIn(CheckIn(mood: 3, intention: .notice, practice: "reset-signal", person: "Mum")),
                   at: RecordSamples.time("2026-12-07T07:30:00+01:00")),
            Record(.repair(Repair(who: "Mum", latency: .justNow, gesture: "what-do-you-need", landed: true)),
                   at: RecordSamples.time("2026-12-07T08:30:00+01:00")),
        ])
        #expect(text.contains("A reset signal for Mum"), "\(text)")
        #expect(text.contains("way back: Ask what they need · it landed"), "\(text)")
        #expect(!text.contains("reset-signal") && !text.contains("what-do-you-need"), "\(text)")
    }
}
