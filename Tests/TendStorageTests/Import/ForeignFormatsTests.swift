import Foundation
import Testing
import TendArchives
import TendCore
import TendJournalFormat
@testable import TendStorage
import TendTestSupport
import ZIPFoundation

/// Other journals' exports, from their documented formats (jrnl's is made
/// by real jrnl in the end-to-end tests): what each entry becomes, where a
/// broken one is named, and that importing twice adds nothing.
@Suite("Storage: importing other journals")
struct ForeignFormatsTests {
    static let berlin = Zone(identifier: "Europe/Berlin")!

    static let jrnl = """
        {"tags": {"@zoe": 1, "#family": 1},
         "entries": [
          {"title": "To Ana: you kept the soup warm for me.", "body": "", "date": "2026-11-23", "time": "21:30", "tags": [], "starred": false},
          {"title": "No date here.", "body": "", "time": "08:00", "tags": [], "starred": false},
          {"title": "Walked with @zoe by the river.", "body": "She named every duck.\\nTwice.", "date": "2026-11-24", "time": "18:05", "tags": ["@zoe"], "starred": true},
          {"title": "Café 🎉 with the #family.", "body": "", "date": "2026-11-25", "time": "07:00", "tags": ["#family"], "starred": false}
         ]}
        """

    static let dayOne = #"""
        {"metadata": {"version": "1.0"},
         "entries": [
          {"uuid": "A1B2C3D4E5F60718293A4B5C6D7E8F90", "creationDate": "2026-11-23T20:30:05Z", "timeZone": "Europe/Lisbon",
           "text": "To José: thank you for the lift\\. It mattered\\!\n\nSecond paragraph.", "tags": ["josé"], "starred": true,
           "location": {"region": {"center": {"latitude": 38.7, "longitude": -9.1}}}},
          {"uuid": "0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F", "creationDate": "yesterday", "text": "Lost date."},
          {"uuid": "11112222333344445555666677778888", "creationDate": "2026-11-24T06:00:00Z", "text": "Morning pages \\- quiet."}
         ]}
        """#

    static let daylio = """
        full_date,date,weekday,time,mood,activities,note_title,note
        2026-11-25,November 25,Wednesday,9:30 PM,rad,friends | cooking,Dinner,"Ana cooked,
        we talked till late."
        2026-11-24,November 24,Tuesday,08:15,awful,work,,
        2026-13-40,Nonsense,Tuesday,08:15,good,,,
        2026-11-23,November 23,Monday,21:00,sleepy,,,"Custom mood<br>two lines"

        """

    /// A CSV file's cells as `tend import` gets them: read by tend-import's code, through its answer.
    static func csv(_ text: String) throws -> CSVRecords {
        try HelperAnswerReader.csvRecords(HelperAnswerWriter.answer(.csv, reading: Array(text.utf8)))
    }

    static func records(_ parse: ForeignParse, _ source: ImportSource, known: [String] = []) -> [Record] {
        ForeignImport.records(from: parse, source: source, knownPeople: known).records
    }

    @Test("jrnl: To NAME and a known @tag become appreciations, the rest notes; a broken entry is named")
    func jrnlEntries() throws {
        let parse = JrnlExport.parse(Array(Self.jrnl.utf8), timeZone: Self.berlin)
        #expect(parse.failure == nil)
        #expect(parse.rejected.map(\.position) == ["entry 2"])
        #expect(parse.rejected.first?.reason.contains("date") == true)
        let made = Self.records(parse, .jrnl, known: ["Zoë"])
        #expect(made.count == 3)
        #expect(made[0].payload == .appreciation(Appreciation(person: "Ana", text: "To Ana: you kept the soup warm for me.")))
        #expect(made[0].time.iso8601 == "2026-11-23T21:30:00+01:00")
        #expect(made[1].payload == .appreciation(Appreciation(person: "Zoë", text: "Walked with @zoe by the river.\nShe named every duck.\nTwice.")))
        #expect(made[2].payload == .note(Note(text: "Café 🎉 with the #family.", tags: "#family", source: "jrnl")))
        #expect(made.allSatisfy { $0.id.rawValue.hasPrefix("jrnl-2026112") })
        // Without the name known, @zoe is only a tag.
        #expect(Self.records(parse, .jrnl)[1].kind == .note)
    }

    @Test("jrnl: a file that is not JSON is refused whole, with its line")
    func jrnlBroken() {
        let parse = JrnlExport.parse(Array("{\"entries\": [\n{\"title\": \"x\",\n oops}]}".utf8), timeZone: Self.berlin)
        #expect(parse.entries.isEmpty)
        #expect(parse.failure?.contains("line 3") == true, "\(parse.failure ?? "")")
        #expect(JrnlExport.parse(Array(#"{"items": []}"#.utf8), timeZone: Self.berlin).failure?.contains("entries") == true)
    }

    @Test("Day One: ids from the uuid, the entry's own time zone, Markdown escapes undone")
    func dayOneEntries() throws {
        let parse = DayOneExport.parse(Array(Self.dayOne.utf8), timeZone: Self.berlin)
        #expect(parse.rejected.map(\.position) == ["entry 2"])
        let made = Self.records(parse, .dayone)
        #expect(made.map(\.id.rawValue) == ["dayone-A1B2C3D4E5F60718293A4B5C6D7E8F90", "dayone-11112222333344445555666677778888"])
        #expect(made[0].time.iso8601 == "2026-11-23T20:30:05+00:00", "Lisbon is on UTC in November")
        #expect(made[0].payload == .appreciation(Appreciation(person: "José", text: "To José: thank you for the lift. It mattered!\n\nSecond paragraph.")))
        #expect(made[1].time.iso8601 == "2026-11-24T07:00:00+01:00", "no zone of its own: the local one")
        #expect(made[1].payload == .note(Note(text: "Morning pages - quiet.", source: "dayone")))
    }

    @Test("Day One: the export zip is read directly, photos left in it")
    func dayOneZip() throws {
        let dir = TemporaryDirectory()
        let zip = URL(fileURLWithPath: dir.appending("export.zip"))
        let archive = try Archive(url: zip, accessMode: .create)
        let json = Data(Self.dayOne.utf8), photo = Data([0xFF, 0xD8, 0xFF, 0x00])
        try archive.addEntry(with: "Journal.json", type: .file, uncompressedSize: Int64(json.count), compressionMethod: .deflate) { position, size in
            json.subdata(in: Int(position)..<Int(position) + size)
        }
        try archive.addEntry(with: "photos/abc.jpeg", type: .file, uncompressedSize: Int64(photo.count)) { position, size in
            photo.subdata(in: Int(position)..<Int(position) + size)
        }
        let bytes = Disk.bytes(zip.path)
        #expect(DayOneArchive.isZip(bytes))
        let journals = try HelperAnswerReader.jsonFiles(HelperAnswerWriter.answer(.zip, reading: bytes)).get()
        #expect(journals.map(\.name) == ["Journal.json"])
        #expect(journals.first?.bytes == Array(json))
        let broken = try HelperAnswerReader.jsonFiles(HelperAnswerWriter.answer(.zip, reading: Array(bytes.prefix(30))))
        #expect(throws: HelperAnswerReader.ArchiveUnreadable.self) { try broken.get() }
    }

    @Test("Daylio: moods on Tend's scale, activities as tags, a renamed mood kept as a tag, a bad row named")
    func daylioRows() throws {
        let parse = DaylioExport.parse(try Self.csv(Self.daylio), timeZone: Self.berlin)
        #expect(parse.failure == nil)
        #expect(parse.rejected.map(\.position) == ["row 4"])
        let made = Self.records(parse, .daylio)
        #expect(made.count == 3)
        #expect(made[0].payload == .note(Note(text: "Ana cooked,\nwe talked till late.", title: "Dinner", mood: 5,
                                              tags: "friends, cooking", source: "daylio")))
        #expect(made[0].time.iso8601 == "2026-11-25T21:30:00+01:00")
        #expect(made[1].payload == .note(Note(text: "", mood: 1, tags: "work", source: "daylio")))
        #expect(made[2].payload == .note(Note(text: "Custom mood\ntwo lines", tags: "sleepy", source: "daylio")))
        #expect(DaylioExport.parse(try Self.csv("a,b\n1,2\n"), timeZone: Self.berlin).failure?.contains("full_date") == true)
    }

    @Test("CSV: columns by name or number, or found by their usual names; a missing one is named with the columns there are")
    func dateTextCSV() throws {
        let csv = try Self.csv("When,Entry,Mood\n2026-11-23,\"Grateful for the rain.\nAnd tea.\",ok\n2026/11/24 07:30,Quiet morning,\nsoon,Not a date,\n")
        let parse = DateTextCSV.parse(csv, dateColumn: "when", textColumn: "2", timeZone: Self.berlin)
        #expect(parse.rejected.map(\.position) == ["row 4"])
        let made = Self.records(parse, .csv)
        #expect(made.map(\.time.iso8601) == ["2026-11-23T00:00:00+01:00", "2026-11-24T07:30:00+01:00"])
        #expect(made[0].payload == .note(Note(text: "Grateful for the rain.\nAnd tea.", source: "csv")))
        let guessed = DateTextCSV.parse(try Self.csv("date,text\n2026-11-23,Hi\n"), timeZone: Self.berlin)
        #expect(guessed.entries.count == 1)
        let missing = DateTextCSV.parse(csv, timeZone: Self.berlin)
        #expect(missing.failure?.contains("--date-column") == true && missing.failure?.contains("\"When\"") == true, "\(missing.failure ?? "")")
    }

    @Test("who an entry is addressed to")
    func addressees() {
        #expect(ForeignImport.addressee(of: "To Ana: you were kind") == "Ana")
        #expect(ForeignImport.addressee(of: "to Aunt May, thank you") == "Aunt May")
        #expect(ForeignImport.addressee(of: "To José — gracias") == "José")
        #expect(ForeignImport.addressee(of: "To do: buy milk") == nil)
        #expect(ForeignImport.addressee(of: "to be honest, tired") == nil)
        #expect(ForeignImport.addressee(of: "Tomorrow: rest") == nil)
        #expect(ForeignImport.addressee(of: "To Ana\nnext line: x") == nil)
    }

    @Test("importing twice adds nothing; --dry-run counts and writes nothing")
    func twice() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.appending("data"))
        for (source, parse) in [(ImportSource.jrnl, JrnlExport.parse(Array(Self.jrnl.utf8), timeZone: Self.berlin)),
                                (.dayone, DayOneExport.parse(Array(Self.dayOne.utf8), timeZone: Self.berlin)),
                                (.daylio, DaylioExport.parse(try Self.csv(Self.daylio), timeZone: Self.berlin))] {
            let made = ForeignImport.records(from: parse, source: source, knownPeople: [])
            let dry = try journal.importRecords(made.records, rejected: made.rejected, dryRun: true)
            #expect(dry.added == made.records.count && dry.rejected.count == 1)
            let first = try journal.importRecords(made.records, rejected: made.rejected)
            #expect(first.added == made.records.count)
            let again = try journal.importRecords(made.records, rejected: made.rejected)
            #expect(again.added == 0 && again.alreadyPresent == made.records.count)
        }
        #expect(try journal.history().records.count == 8)
        #expect(!FileManager.default.fileExists(atPath: dir.appending("dry")))
        let untouched = Journal(directory: dir.appending("dry"))
        let made = ForeignImport.records(from: JrnlExport.parse(Array(Self.jrnl.utf8), timeZone: Self.berlin), source: .jrnl, knownPeople: [])
        #expect(try untouched.importRecords(made.records, rejected: [], dryRun: true).added == 3)
        #expect(!FileManager.default.fileExists(atPath: dir.appending("dry")), "a dry run makes no folder")
    }

    @Test("a note reads back through every reader's parser and the cache's codec")
    func noteReadsBack() throws {
        let note = Record(id: RecordID("daylio-20261125-213000-00000000000000ab")!, time: LocalTime(iso8601: "2026-11-25T21:30:00+01:00")!,
                          payload: .note(Note(text: "Two\nlines", title: "Dinner", mood: 5, tags: "friends", source: "daylio", starred: true)))
        #expect(try Record(line: note.jsonLine) == note)
        let bytes = try #require(RecordCodec.encode([note]))
        var decoded: [Record] = []
        _ = bytes.withUnsafeBytes { RecordCodec.decode($0) { decoded.append($0); return true } }
        #expect(decoded == [note])
        #expect(throws: RecordError.self) { try Record(line: Array(#"{"v":1,"id":"a","time":"2026-11-25T21:30:00+01:00","kind":"note"}"#.utf8)) }
    }
}

extension ForeignFormatsTests {
    @Test("jrnl's tags come in no fixed order: kept in the order the text uses them, so two exports give the same records")
    func jrnlTagOrder() {
        #expect(JrnlExport.inTextOrder(["#family", "@ana", "#baking"], "Baking #Baking with @ana for the #family") == ["#baking", "@ana", "#family"])
        #expect(JrnlExport.inTextOrder(["#b", "#a"], "no tags in the words") == ["#a", "#b"])
    }
}
