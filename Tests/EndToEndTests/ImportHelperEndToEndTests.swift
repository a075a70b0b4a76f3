import Foundation
import Testing
import TendTestSupport
import ZIPFoundation

/// Day One's zip and CSV files are read by tend-import, a helper beside the
/// tend under test (`make release` and `swift build` build both): through
/// it, and without it.
@Suite("Importing through tend-import", .serialized)
struct ImportHelperEndToEndTests {
    static let daylio = """
        full_date,date,weekday,time,mood,activities,note_title,note
        2026-11-25,November 25,Wednesday,9:30 PM,rad,friends | cooking,Dinner,"Ana cooked,
        we talked till late."
        2026-11-24,November 24,Tuesday,08:15,awful,work,,

        """

    static let dayOne = #"""
        {"metadata": {"version": "1.0"}, "entries": [
          {"uuid": "A1B2C3D4E5F60718293A4B5C6D7E8F90", "creationDate": "2026-11-23T20:30:05Z", "timeZone": "Europe/Lisbon",
           "text": "To José: thank you for the lift\\.", "tags": [], "starred": false},
          {"uuid": "11112222333344445555666677778888", "creationDate": "2026-11-24T06:00:00Z", "text": "Morning pages."}]}
        """#

    /// A Day One export zip: the journal and a photo beside it.
    static func zip(at path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, data) in [("Journal.json", Data(Self.dayOne.utf8)), ("photos/a.jpeg", Data([0xFF, 0xD8, 0xFF, 0]))] {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    @Test("Day One's zip and Daylio's CSV come in through the helper; twice adds nothing")
    func throughTheHelper() throws {
        let binary = try TendBinary.path()
        let helper = (binary as NSString).deletingLastPathComponent + "/tend-import"
        try #require(FileManager.default.isExecutableFile(atPath: helper), "tend-import is built beside tend: make release, or swift build")
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = TendBinary.environment(home: home)
        let zip = home.appendingPathComponent("Day One export.zip").path, csv = home.appendingPathComponent("daylio.csv").path
        try Self.zip(at: zip)
        try Self.daylio.write(toFile: csv, atomically: true, encoding: .utf8)

        let dry = try CommandRunner.run([binary, "import", "--from", "dayone", "--dry-run", zip], environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.hasPrefix("Would add 2 entries (1 note, 1 appreciation: José 1); 0 already here; 0 refused."), "\(dry.stdout)")
        let dayOne = try CommandRunner.run([binary, "import", "--from", "dayone", zip], environment: env)
        #expect(dayOne.status == 0 && dayOne.stdout.hasPrefix("Added 2 entries"), "\(dayOne.stdout)\(dayOne.stderr)")
        let daylio = try CommandRunner.run([binary, "import", "--from", "daylio", csv], environment: env)
        #expect(daylio.status == 0 && daylio.stdout.hasPrefix("Added 2 entries as notes; 0 already here; 0 refused."), "\(daylio.stdout)\(daylio.stderr)")
        let again = try CommandRunner.run([binary, "import", "--from", "daylio", csv], environment: env)
        #expect(again.stdout.hasPrefix("Added 0 entries; 2 already here; 0 refused."), "\(again.stdout)")
        let log = try CommandRunner.run([binary, "log", "--limit", "10"], environment: env)
        #expect(log.stdout.contains("Ana cooked,") && log.stdout.contains("José"), "\(log.stdout)")

        let notCSV = home.appendingPathComponent("empty.csv").path
        try "".write(toFile: notCSV, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run([binary, "import", "--from", "csv", notCSV], environment: env)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Nothing was imported: \(notCSV) is not a CSV file with a header row."), "\(refused.stderr)")
    }

    @Test("without the helper: a zip or CSV is refused whole with what to do, exit 1; the JSON formats still import")
    func withoutTheHelper() throws {
        let alone = TemporaryDirectory("tend-alone")
        let binary = alone.appending("tend")
        // A copy alone in its folder, written as FakeCommand writes programs (never "text file busy").
        try FakeCommand.write([UInt8](try Data(contentsOf: URL(fileURLWithPath: try TendBinary.path()))), to: binary)
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = TendBinary.environment(home: home)
        let csv = home.appendingPathComponent("daylio.csv").path, zip = home.appendingPathComponent("export.zip").path
        try Self.daylio.write(toFile: csv, atomically: true, encoding: .utf8)
        try Self.zip(at: zip)

        let daylio = try CommandRunner.run([binary, "import", "--from", "daylio", csv], environment: env)
        #expect(daylio.status == 1)
        #expect(daylio.stdout.isEmpty, "\(daylio.stdout)")
        #expect(daylio.stderr.hasPrefix("Nothing was imported: Tend reads a CSV file with tend-import"), "\(daylio.stderr)")
        #expect(daylio.stderr.contains(alone.appending("tend-import")), "\(daylio.stderr)")
        let dayOne = try CommandRunner.run([binary, "import", "--from", "dayone", "--dry-run", zip], environment: env)
        #expect(dayOne.status == 1)
        #expect(dayOne.stderr.hasPrefix("Nothing was imported: Tend reads a zip with tend-import"), "\(dayOne.stderr)")
        #expect(dayOne.stderr.contains("unzip it and import the Journal.json inside"), "\(dayOne.stderr)")

        let journal = home.appendingPathComponent("Journal.json").path
        try Self.dayOne.write(toFile: journal, atomically: true, encoding: .utf8)
        let plain = try CommandRunner.run([binary, "import", "--from", "dayone", journal], environment: env)
        #expect(plain.status == 0 && plain.stdout.hasPrefix("Added 2 entries"), "\(plain.stdout)\(plain.stderr)")
        let log = try CommandRunner.run([binary, "log", "--limit", "10"], environment: env)
        #expect(log.stdout.contains("Morning pages.") && !log.stdout.contains("Ana cooked"), "the refused CSV left nothing: \(log.stdout)")
        let jrnl = home.appendingPathComponent("jrnl.json").path
        try #"{"tags": {}, "entries": [{"title": "Kept.", "body": "", "date": "2026-11-23", "time": "21:30", "tags": [], "starred": false}]}"#
            .write(toFile: jrnl, atomically: true, encoding: .utf8)
        let fromJrnl = try CommandRunner.run([binary, "import", "--from", "jrnl", jrnl], environment: env)
        #expect(fromJrnl.status == 0 && fromJrnl.stdout.hasPrefix("Added 1 entry as a note"), "\(fromJrnl.stdout)\(fromJrnl.stderr)")
    }
}
