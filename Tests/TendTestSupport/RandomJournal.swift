import Foundation
import TendCore
import TendJournalFormat
import TendStorage

/// A random journal as sync tools, other devices and accidents leave one:
/// records from devices in different UTC offsets around a month boundary,
/// duplicates and conflicting versions, edits and deletes in whatever month
/// file they landed in, lines shaped by other tools, torn lines, files merged
/// by git's `merge=union` (lines twice, out of order), Syncthing conflict
/// copies, and files that are not part of the journal at all.
///
/// The same seed always makes the same journal, so a failure names its seed.
public struct RandomJournal {
    /// One file, relative to the data folder.
    public struct File {
        public var path: String
        public var bytes: [UInt8]
        /// False for files readers must ignore (temp files, other names).
        public var isJournal: Bool
    }

    public let seed: UInt64
    public private(set) var files: [File] = []
    /// Names and words the journal uses, for queries that find something.
    public let people = ["José", "jose", "Zoë", "ZOË", "李明", "🚲", "Ana", "Straße", "İlker", "Ǆemal"]
    public let words = ["soup", "Zebra", "café", "CAFE", "naïve", "a/b", "\"quoted\"", "tab\there", "line\nbreak",
                        "🚲 ride", "strasse", "ﬁne", "\u{1B}[31mred", "100%", "back\\slash", "日本"]
    /// The months around which it is made.
    public private(set) var boundary: LocalTime

    private var rng: SeededGenerator
    private var records: [Record] = []
    private var placed: [String: [[UInt8]]] = [:]

    private static let offsets = [-12 * 3600, -5 * 3600, -3 * 3600 - 1800, 0, 3600, 5 * 3600 + 1800, 14 * 3600, 18 * 3600, -18 * 3600]
    private static let boundaries = ["2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z", "2026-03-01T00:00:00Z", "2026-12-01T00:00:00Z", "0999-12-01T00:00:00Z"]

    /// A journal of up to `size` records made from `seed`.
    public init(seed: UInt64, size: Int = 24) {
        self.seed = seed
        rng = SeededGenerator(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let size = Int.random(in: min(4, size)...max(4, size), using: &rng)
        boundary = LocalTime(iso8601: Self.boundaries[Int(seed % UInt64(Self.boundaries.count))])
            ?? LocalTime(secondsSince1970: 0, utcOffsetSeconds: 0)
        for _ in 0..<max(1, size) { makeRecord() }
        for _ in 0..<Int.random(in: 0...(size / 2 + 1), using: &rng) { makeCorrection() }
        for _ in 0..<Int.random(in: 0...3, using: &rng) { makeConflict() }
        for _ in 0..<Int.random(in: 0...3, using: &rng) { makeTornLine() }
        finish()
    }

    /// Every line of every journal file: what readers must fold.
    public var journalLines: [[UInt8]] {
        files.filter(\.isJournal).flatMap { ReferenceFold.lines(of: $0.bytes) }
    }

    /// Writes the files into `directory` (created as needed), folders 0700
    /// whatever the umask (another test may have set it to 0 for a moment).
    public func write(to directory: String) throws {
        for file in files {
            let path = directory + "/" + file.path
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            chmod(directory, 0o700)
            chmod(folder, 0o700)
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
        }
    }

    /// A random query over what the journal holds.
    public mutating func query() -> RecordQuery {
        var query = RecordQuery()
        if chance(0.3) { query.kinds = Set((0..<Int.random(in: 1...2, using: &rng)).map { _ in RecordKind.content.randomElement(using: &rng)! }) }
        if chance(0.4) { query.search = chance(0.7) ? (words + people).randomElement(using: &rng)! : String(words.randomElement(using: &rng)!.prefix(2)) }
        if chance(0.25) { query.person = people.randomElement(using: &rng)! }
        if chance(0.3) { query.sinceDay = day(near: boundary) }
        if chance(0.3) { query.untilDay = day(near: boundary) }
        return query
    }

    /// A random instant near the records, for "since" reads.
    public mutating func instant() -> Date {
        Date(timeIntervalSince1970: TimeInterval(boundary.secondsSince1970 + Int64.random(in: -5 * 86_400...5 * 86_400, using: &rng)))
    }

    /// A random number from `range`, from the journal's own generator.
    public mutating func number(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &rng)
    }

    // MARK: Making records

    private mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    private mutating func time(near base: LocalTime? = nil) -> LocalTime {
        let center = base?.secondsSince1970 ?? boundary.secondsSince1970
        let spread: Int64 = chance(0.15) ? 45 * 86_400 : 2 * 86_400
        return LocalTime(secondsSince1970: center + Int64.random(in: -spread...spread, using: &rng),
                         utcOffsetSeconds: Self.offsets.randomElement(using: &rng)!)
    }

    private mutating func day(near time: LocalTime) -> String {
        var shifted = time
        shifted.secondsSince1970 += Int64.random(in: -3...3, using: &rng) * 86_400
        return shifted.local.dayString
    }

    private mutating func text() -> String {
        (0..<Int.random(in: 1...3, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
    }

    private mutating func id(at time: LocalTime) -> RecordID {
        if chance(0.08) { return RecordID(["t-1", "t-2", "a.b:c", "X_9", "t-1"].randomElement(using: &rng)!)! }
        return RecordID.make(at: time, using: &rng)
    }

    private mutating func payload() -> Payload {
        let person = people.randomElement(using: &rng)!
        switch Int.random(in: 0..<10, using: &rng) {
        case 0:
            return .checkIn(CheckIn(mood: Int.random(in: 1...5, using: &rng), intention: Intention.allCases.randomElement(using: &rng)!,
                                    practice: "six-second-kiss", person: chance(0.5) ? person : nil,
                                    note: chance(0.5) ? text() : nil, practiceDone: chance(0.3) ? chance(0.5) : nil))
        case 1:
            return .pause(Pause(intention: .listen, plannedSeconds: 5, actualSeconds: Double(Int.random(in: 0...90, using: &rng)) / 10,
                                outcome: chance(0.8) ? .completed : .cancelled))
        case 2:
            return .promptFired(PromptFired(prompt: chance(0.5) ? "morning" : "pause:09:55:before stand-up", day: boundary.local.dayString))
        case 3:
            return .repair(Repair(who: person, latency: .withinHour, happened: chance(0.5) ? text() : nil, myPart: nil,
                                  gesture: nil, landed: chance(0.3) ? true : nil))
        case 4:
            return .tally(Tally(tone: chance(0.5) ? .positive : .negative, text: text(), person: chance(0.5) ? person : nil))
        case 6, 7, 8:
            return focusPayload(person: person)
        default:
            return .appreciation(Appreciation(person: person, text: text()))
        }
    }

    /// A week's focus, a day of it, or its look back; now and then a weekly review.
    private mutating func focusPayload(person: String) -> Payload {
        let start = LocalDay(parsing: day(near: boundary)) ?? LocalDay(daysSinceEpoch: 0)
        let focus = records.last { $0.kind == .focus }?.id ?? RecordID("t-1")!
        switch Int.random(in: 0..<4, using: &rng) {
        case 0:
            return .focus(Focus(card: "six-second-kiss", person: chance(0.5) ? person : nil, start: start))
        case 1:
            return .focusDay(FocusDay(focus: focus, card: "six-second-kiss", day: start, done: chance(0.5)))
        case 2:
            return .reflection(Reflection(focus: focus, card: "six-second-kiss", person: chance(0.5) ? person : nil,
                                          felt: number(in: 1...5), response: chance(0.5) ? text() : nil,
                                          noticed: chance(0.5) ? text() : nil, choice: Reflection.Choice.allCases.randomElement(using: &rng)!))
        default:
            return .review(Review(from: start, to: start.adding(days: 6), wentWell: text(), talkAbout: chance(0.5) ? text() : nil))
        }
    }

    private mutating func makeRecord() {
        let time = self.time()
        let record = Record(id: id(at: time), time: time, payload: payload())
        records.append(record)
        place(record)
    }

    private mutating func makeCorrection() {
        let target = chance(0.9) ? records.randomElement(using: &rng)! : Record(id: RecordID("missing-\(number(in: 0...3))")!, time: boundary, payload: payload())
        // Usually written after the record, from any device; now and then by a clock that was wrong.
        var at = time(near: target.time)
        if !chance(0.1) { at.secondsSince1970 = max(at.secondsSince1970, target.time.secondsSince1970 + Int64(number(in: 1...50_000))) }
        let payload: Payload
        if chance(0.3) {
            payload = .delete(Delete(target: target.id))
        } else {
            payload = .edit(Edit(target: target.id, set: changes(for: target)))
        }
        let record = Record(id: id(at: at), time: at, payload: payload)
        place(record)
    }

    private mutating func changes(for target: Record) -> JSONObject {
        var set = JSONObject()
        switch Int.random(in: 0..<10, using: &rng) {
        case 7: set.members.append(.init("stopped", chance(0.8) ? .string(day(near: target.time)) : .string("soon")))
        case 8: set.members.append(.init("response", chance(0.5) ? .null : .string(text())))
        case 9: set.members.append(.init("felt", .int(number(in: 0...6))))
        case 0: set.members.append(.init("text", .string(text())))
        case 1: set.members.append(.init("person", .string(people.randomElement(using: &rng)!)))
        case 2: set.members.append(.init("note", chance(0.5) ? .null : .string(text())))
        case 3: set.members.append(.init("mood", .int(number(in: 0...6))))
        case 4: set.members.append(.init("practiceDone", .bool(chance(0.5))))
        case 5: set.members.append(.init("landed", .bool(true)))
        default: set.members.append(.init("person", .null))
        }
        _ = target
        return set
    }

    /// A second version of an existing id: other words, sometimes another time.
    private mutating func makeConflict() {
        guard let original = records.randomElement(using: &rng) else { return }
        var other = original
        other.payload = payload()
        if chance(0.5) { other.time = time(near: original.time) }
        place(other)
    }

    private mutating func makeTornLine() {
        let record = records.randomElement(using: &rng)!
        let line = record.jsonLine
        var torn: [UInt8]
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: torn = Array(line.prefix(Int.random(in: 1..<line.count, using: &rng)))
        case 1: torn = Array("not json at all".utf8)
        case 2: torn = Array(line.dropLast()) + [0xFF, 0x7D]
        default: torn = Array(#"{"v":2,"id":"from-the-future","time":"2026-12-01T00:00:00Z","kind":"hug"}"#.utf8)
        }
        add(torn, to: MonthFile(record.time).relativePath)
    }

    // MARK: Placing lines

    private mutating func place(_ record: Record) {
        var file = MonthFile(record.time).relativePath
        if chance(0.08) {
            // A Syncthing conflict copy of the same month.
            file = file.replacingOccurrences(of: ".jsonl", with: ".sync-conflict-20261201-ABCDEF.jsonl")
        } else if chance(0.06) {
            // Moved by hand or by a tool into another month.
            var other = record.time
            other.secondsSince1970 += Int64(number(in: -40...40)) * 86_400
            file = MonthFile(other).relativePath
        }
        let line = shaped(record)
        add(line, to: file)
        if chance(0.1) { add(line, to: file) }
        if chance(0.05) { add(shaped(record), to: MonthFile(time()).relativePath) }
    }

    private mutating func add(_ line: [UInt8], to file: String) {
        placed[file, default: []].append(line)
    }

    private mutating func finish() {
        for (path, lines) in placed.sorted(by: { $0.key < $1.key }) {
            var lines = lines
            if chance(0.3) { lines.shuffle(using: &rng) }
            if chance(0.2) { lines.insert([], at: number(in: 0...lines.count)) }
            var bytes: [UInt8] = []
            for (index, line) in lines.enumerated() {
                bytes += line
                if index < lines.count - 1 || !chance(0.15) { bytes += chance(0.05) ? [0x0D, 0x0A] : [0x0A] }
            }
            files.append(File(path: path, bytes: bytes, isJournal: true))
        }
        // Files that are not part of the journal: readers must ignore them.
        let year = boundary.local.year
        let pad = year < 1000 ? String(repeating: "0", count: 4 - String(year).count) : ""
        if chance(0.3) { files.append(File(path: "\(pad)\(year)/.\(pad)\(year)-01.jsonl.77.abc.tmp", bytes: records[0].jsonLine, isJournal: false)) }
        if chance(0.2) { files.append(File(path: "\(pad)\(year)/notes.txt", bytes: records[0].jsonLine, isJournal: false)) }
        if chance(0.2) { files.append(File(path: "\(pad)\(year)/\(pad)\(year + 1)-01.jsonl", bytes: records[0].jsonLine, isJournal: false)) }
    }

    /// The record as one line: mostly as Tend writes it, sometimes as another
    /// tool might (keys reordered, spaces, escapes, a repeated key).
    private mutating func shaped(_ record: Record) -> [UInt8] {
        guard chance(0.25) else { return record.jsonLine }
        var members = record.jsonObject.members
        if chance(0.4) { members.shuffle(using: &rng) }
        if chance(0.2) {
            // A repeated key: JSON readers take the last one.
            members.insert(.init("id", .string("decoy-\(number(in: 0...9))")), at: 0)
            members.removeAll { $0.key == "id" && $0.value == .string(record.id.rawValue) }
            members.append(.init("id", .string(record.id.rawValue)))
        }
        var style = LineStyle(spaces: chance(0.4), escapeSlash: chance(0.5), escapeLetters: chance(0.3), seed: rng.next())
        var out: [UInt8] = []
        style.write(.object(JSONObject(members)), to: &out)
        return out
    }
}

/// JSON written the way other tools might: spaces, `\/`, `\u0061` for letters.
private struct LineStyle {
    var spaces: Bool
    var escapeSlash: Bool
    var escapeLetters: Bool
    var rng: SeededGenerator

    init(spaces: Bool, escapeSlash: Bool, escapeLetters: Bool, seed: UInt64) {
        self.spaces = spaces
        self.escapeSlash = escapeSlash
        self.escapeLetters = escapeLetters
        rng = SeededGenerator(seed: seed)
    }

    mutating func write(_ value: FieldValue, to out: inout [UInt8]) {
        switch value {
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { out += spaces ? Array(", ".utf8) : [UInt8(ascii: ",")] }
                string(member.key, to: &out)
                out += spaces ? Array(" : ".utf8) : [UInt8(ascii: ":")]
                write(member.value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .string(let text):
            string(text, to: &out)
        default:
            var plain: [UInt8] = []
            JSONLineWriter.write(value, to: &plain)
            out += plain
        }
    }

    private mutating func string(_ text: String, to out: inout [UInt8]) {
        var plain: [UInt8] = []
        JSONLineWriter.writeString(text, to: &plain)
        guard escapeSlash || escapeLetters else { out += plain; return }
        var escaped = false
        for byte in plain {
            if escaped {
                out.append(byte)
                escaped = false
            } else if byte == 0x5C {
                out.append(byte)
                escaped = true
            } else if escapeSlash, byte == UInt8(ascii: "/") {
                out += Array(#"\/"#.utf8)
            } else if escapeLetters, (0x61...0x7A).contains(byte), Bool.random(using: &rng) {
                out += Array(String(format: "\\u%04x", byte).utf8)
            } else {
                out.append(byte)
            }
        }
    }
}
