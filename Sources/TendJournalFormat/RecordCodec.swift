import TendCore

/// Records in a compact binary form, for the cache of parsed month files
/// (`MonthCache` in TendStorage). Reading a record back is a few loads and
/// the Strings it keeps: about a tenth of parsing its JSON line.
///
/// The layout follows each kind's `KindTable`, field by field (choices by
/// their position in `allCases`). A property added to a kind but not to its
/// table would be lost, so `encode` reads everything back and gives nil
/// unless it is all equal: that month is then simply not cached. `schema` names the
/// kinds and choices, so a cache made when they were different is not read.
public enum RecordCodec {
    public static let schema: UInt64 = {
        let names = [RecordKind.allCases.map(\.rawValue), Intention.allCases.map(\.rawValue), Pause.Outcome.allCases.map(\.rawValue),
                     Repair.Latency.allCases.map(\.rawValue), Tally.Tone.allCases.map(\.rawValue),
                     SentVia.allCases.map(\.rawValue), Meeting.Ritual.allCases.map(\.rawValue),
                     Reflection.Choice.allCases.map(\.rawValue)]
        return StableHash.fnv1a(("record codec 4|" + names.map { $0.joined(separator: ",") }.joined(separator: "|")).utf8)
    }()

    private static let kinds = RecordKind.allCases

    /// `records` encoded; nil when they would not all read back equal.
    public static func encode(_ records: [Record]) -> [UInt8]? {
        var writer = BinaryWriter()
        for record in records { write(record, to: &writer) }
        var index = 0
        let exact = writer.bytes.withUnsafeBytes { bytes in
            decode(bytes) { decoded in
                guard index < records.count, decoded == records[index] else { return false }
                index += 1
                return true
            }
        }
        return exact && index == records.count ? writer.bytes : nil
    }

    /// Calls `body` with each record of `bytes`, in order, while it returns
    /// true. Returns false when the bytes are damaged or `body` stopped.
    public static func decode(_ bytes: UnsafeRawBufferPointer, _ body: (consuming Record) -> Bool) -> Bool {
        var reader = BinaryReader(bytes)
        while !reader.isAtEnd {
            guard let record = read(&reader), body(record) else { return false }
        }
        return true
    }

    // MARK: One record

    private static func write(_ record: Record, to out: inout BinaryWriter) {
        out.byte(UInt8(kinds.firstIndex(of: record.kind) ?? 0))
        if let packed = record.id.packed {
            out.byte(0)
            out.word(packed.high)
            out.word(packed.low)
        } else {
            out.byte(1)
            out.string(record.id.rawValue)
        }
        out.word(UInt64(bitPattern: record.time.secondsSince1970))
        out.int(record.time.utcOffsetSeconds)
        switch record.payload {
        case .checkIn(let value): CheckIn.table.encode(value, to: &out)
        case .pause(let value): Pause.table.encode(value, to: &out)
        case .appreciation(let value): Appreciation.table.encode(value, to: &out)
        case .promptFired(let value): PromptFired.table.encode(value, to: &out)
        case .repair(let value): Repair.table.encode(value, to: &out)
        case .tally(let value): Tally.table.encode(value, to: &out)
        case .meeting(let value): Meeting.table.encode(value, to: &out)
        case .letterRead(let value), .letterHidden(let value): LetterMark.table.encode(value, to: &out)
        case .focus(let value): Focus.table.encode(value, to: &out)
        case .focusDay(let value): FocusDay.table.encode(value, to: &out)
        case .reflection(let value): Reflection.table.encode(value, to: &out)
        case .review(let value): Review.table.encode(value, to: &out)
        case .edit(let value): Edit.table.encode(value, to: &out)
        case .delete(let value): Delete.table.encode(value, to: &out)
        case .note(let value): Note.table.encode(value, to: &out)
        }
    }

    private static func read(_ r: inout BinaryReader) -> Record? {
        guard let kind = r.choice(kinds), let id = readID(&r), let seconds = r.word(), let offset = r.int() else { return nil }
        let payload: Payload?
        switch kind {
        case .checkIn: payload = CheckIn.table.decode(&r).map(Payload.checkIn)
        case .pause: payload = Pause.table.decode(&r).map(Payload.pause)
        case .appreciation: payload = Appreciation.table.decode(&r).map(Payload.appreciation)
        case .promptFired: payload = PromptFired.table.decode(&r).map(Payload.promptFired)
        case .repair: payload = Repair.table.decode(&r).map(Payload.repair)
        case .tally: payload = Tally.table.decode(&r).map(Payload.tally)
        case .meeting: payload = Meeting.table.decode(&r).map(Payload.meeting)
        case .letterRead: payload = LetterMark.table.decode(&r).map(Payload.letterRead)
        case .letterHidden: payload = LetterMark.table.decode(&r).map(Payload.letterHidden)
        case .focus: payload = Focus.table.decode(&r).map(Payload.focus)
        case .focusDay: payload = FocusDay.table.decode(&r).map(Payload.focusDay)
        case .reflection: payload = Reflection.table.decode(&r).map(Payload.reflection)
        case .review: payload = Review.table.decode(&r).map(Payload.review)
        case .edit: payload = Edit.table.decode(&r).map(Payload.edit)
        case .delete: payload = Delete.table.decode(&r).map(Payload.delete)
        case .note: payload = Note.table.decode(&r).map(Payload.note)
        }
        guard let payload else { return nil }
        return Record(id: id, time: LocalTime(secondsSince1970: Int64(bitPattern: seconds), utcOffsetSeconds: offset), payload: payload)
    }

    private static func readID(_ r: inout BinaryReader) -> RecordID? {
        switch r.byte() {
        case 0:
            guard let high = r.word(), let low = r.word() else { return nil }
            return RecordID(packed: PackedRecordID(high: high, low: low))
        case 1:
            return r.utf8().flatMap(RecordID.init(utf8:))
        default:
            return nil
        }
    }
}
