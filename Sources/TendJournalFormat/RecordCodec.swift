import TendCore

/// Records in a compact binary form, for the cache of parsed month files
/// (`MonthCache` in TendStorage). Reading a record back is a few loads and
/// the Strings it keeps: about a tenth of parsing its JSON line.
///
/// The layout follows each kind's stored properties (choices by their
/// position in `allCases`). A property added to a kind but not here would
/// be lost, so `encode` reads everything back and gives nil unless it is
/// all equal: that month is then simply not cached. `schema` names the
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
    private static let intentions = Intention.allCases
    private static let outcomes = Pause.Outcome.allCases
    private static let latencies = Repair.Latency.allCases
    private static let tones = Tally.Tone.allCases
    private static let vias = SentVia.allCases
    private static let rituals = Meeting.Ritual.allCases
    private static let choices = Reflection.Choice.allCases

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
        case .checkIn(let c):
            out.int(c.mood)
            out.byte(position(of: c.intention, in: intentions))
            out.string(c.practice)
            out.optionalString(c.person)
            out.optionalString(c.note)
            out.optionalBool(c.practiceDone)
        case .pause(let p):
            out.byte(position(of: p.intention, in: intentions))
            out.int(p.plannedSeconds)
            out.word(p.actualSeconds.bitPattern)
            out.byte(position(of: p.outcome, in: outcomes))
        case .appreciation(let a):
            out.string(a.person)
            out.string(a.text)
            out.optionalTime(a.sent)
            out.optionalChoice(a.via.map { position(of: $0, in: vias) })
            out.optionalString(a.meeting)
        case .promptFired(let p):
            out.string(p.prompt)
            out.string(p.day)
        case .repair(let r):
            out.string(r.who)
            out.byte(position(of: r.latency, in: latencies))
            out.optionalString(r.happened)
            out.optionalString(r.myPart)
            out.optionalString(r.gesture)
            out.optionalBool(r.landed)
            out.optionalString(r.forThem)
            out.optionalString(r.meant)
            out.optionalString(r.nextStep)
            out.optionalString(r.words)
            out.optionalTime(r.sent)
            out.optionalChoice(r.via.map { position(of: $0, in: vias) })
        case .tally(let t):
            out.byte(position(of: t.tone, in: tones))
            out.string(t.text)
            out.optionalString(t.person)
        case .meeting(let m):
            out.byte(position(of: m.ritual, in: rituals))
            out.optionalString(m.label)
            out.optionalString(m.useful)
            out.optionalString(m.confusing)
            out.optionalString(m.energising)
        case .letterRead(let m), .letterHidden(let m):
            out.string(m.letter.rawValue)
            out.string(m.from)
        case .focus(let f):
            out.string(f.card)
            out.optionalString(f.person)
            out.int(f.start.daysSinceEpoch)
            out.optionalString(f.stopped?.description)
        case .focusDay(let d):
            out.string(d.focus.rawValue)
            out.string(d.card)
            out.int(d.day.daysSinceEpoch)
            out.optionalBool(d.done)
        case .reflection(let r):
            out.string(r.focus.rawValue)
            out.string(r.card)
            out.optionalString(r.person)
            out.int(r.felt)
            out.optionalString(r.response)
            out.optionalString(r.noticed)
            out.byte(position(of: r.choice, in: choices))
        case .review(let r):
            out.int(r.from.daysSinceEpoch)
            out.int(r.to.daysSinceEpoch)
            out.string(r.wentWell)
            out.optionalString(r.talkAbout)
        case .edit(let e):
            out.string(e.target.rawValue)
            out.string(String(decoding: JSONLineWriter.line(e.set), as: UTF8.self))
        case .delete(let d):
            out.string(d.target.rawValue)
        case .note(let n):
            out.string(n.text)
            out.optionalString(n.title)
            out.optionalString(n.mood.map(String.init))
            out.optionalString(n.tags)
            out.optionalString(n.source)
            out.optionalBool(n.starred)
        }
    }

    private static func read(_ r: inout BinaryReader) -> Record? {
        guard let kind = r.choice(kinds), let id = readID(&r), let seconds = r.word(), let offset = r.int() else { return nil }
        let payload: Payload
        switch kind {
        case .checkIn:
            guard let mood = r.int(), let intention = r.choice(intentions), let practice = r.string(),
                  let person = r.optionalString(), let note = r.optionalString(), let done = r.optionalBool() else { return nil }
            payload = .checkIn(CheckIn(mood: mood, intention: intention, practice: practice, person: person, note: note, practiceDone: done))
        case .pause:
            guard let intention = r.choice(intentions), let planned = r.int(), let actual = r.word(),
                  let outcome = r.choice(outcomes) else { return nil }
            payload = .pause(Pause(intention: intention, plannedSeconds: planned, actualSeconds: Double(bitPattern: actual), outcome: outcome))
        case .appreciation:
            guard let person = r.string(), let text = r.string(), let sent = r.optionalTime(),
                  let via = r.optionalChoice(vias), let meeting = r.optionalString() else { return nil }
            payload = .appreciation(Appreciation(person: person, text: text, sent: sent, via: via, meeting: meeting))
        case .promptFired:
            guard let prompt = r.string(), let day = r.string() else { return nil }
            payload = .promptFired(PromptFired(prompt: prompt, day: day))
        case .repair:
            guard let who = r.string(), let latency = r.choice(latencies), let happened = r.optionalString(),
                  let myPart = r.optionalString(), let gesture = r.optionalString(), let landed = r.optionalBool(),
                  let forThem = r.optionalString(), let meant = r.optionalString(), let nextStep = r.optionalString(),
                  let words = r.optionalString(), let sent = r.optionalTime(), let via = r.optionalChoice(vias)
            else { return nil }
            payload = .repair(Repair(who: who, latency: latency, happened: happened, myPart: myPart, gesture: gesture,
                                     landed: landed, forThem: forThem, meant: meant, nextStep: nextStep, words: words,
                                     sent: sent, via: via))
        case .tally:
            guard let tone = r.choice(tones), let text = r.string(), let person = r.optionalString() else { return nil }
            payload = .tally(Tally(tone: tone, text: text, person: person))
        case .meeting:
            guard let ritual = r.choice(rituals), let label = r.optionalString(), let useful = r.optionalString(),
                  let confusing = r.optionalString(), let energising = r.optionalString() else { return nil }
            payload = .meeting(Meeting(ritual: ritual, label: label, useful: useful, confusing: confusing,
                                       energising: energising))
        case .letterRead, .letterHidden:
            guard let letter = r.utf8().flatMap(RecordID.init(utf8:)), let from = r.string() else { return nil }
            let mark = LetterMark(letter: letter, from: from)
            payload = kind == .letterRead ? .letterRead(mark) : .letterHidden(mark)
        case .focus:
            guard let card = r.string(), let person = r.optionalString(), let start = r.int(),
                  let stopped = r.optionalString() else { return nil }
            let stoppedDay = stopped.flatMap(LocalDay.init(parsing:))
            guard stopped == nil || stoppedDay != nil else { return nil }
            payload = .focus(Focus(card: card, person: person, start: LocalDay(daysSinceEpoch: start), stopped: stoppedDay))
        case .focusDay:
            guard let focus = r.utf8().flatMap(RecordID.init(utf8:)), let card = r.string(), let day = r.int(), let answer = r.optionalBool(),
                  let done = answer else { return nil }
            payload = .focusDay(FocusDay(focus: focus, card: card, day: LocalDay(daysSinceEpoch: day), done: done))
        case .reflection:
            guard let focus = r.utf8().flatMap(RecordID.init(utf8:)), let card = r.string(), let person = r.optionalString(),
                  let felt = r.int(), let response = r.optionalString(), let noticed = r.optionalString(),
                  let choice = r.choice(choices) else { return nil }
            payload = .reflection(Reflection(focus: focus, card: card, person: person, felt: felt, response: response,
                                             noticed: noticed, choice: choice))
        case .review:
            guard let from = r.int(), let to = r.int(), let wentWell = r.string(), let talkAbout = r.optionalString()
            else { return nil }
            payload = .review(Review(from: LocalDay(daysSinceEpoch: from), to: LocalDay(daysSinceEpoch: to),
                                     wentWell: wentWell, talkAbout: talkAbout))
        case .edit:
            guard let target = r.utf8().flatMap(RecordID.init(utf8:)), let json = r.utf8(),
                  let set = try? JSONLineParser.parseObject(json) else { return nil }
            payload = .edit(Edit(target: target, set: set))
        case .delete:
            guard let target = r.utf8().flatMap(RecordID.init(utf8:)) else { return nil }
            payload = .delete(Delete(target: target))
        case .note:
            guard let text = r.string(), let title = r.optionalString(), let mood = r.optionalString(),
                  let tags = r.optionalString(), let source = r.optionalString(), let starred = r.optionalBool() else { return nil }
            payload = .note(Note(text: text, title: title, mood: mood.flatMap { Int($0) }, tags: tags, source: source, starred: starred))
        }
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

    private static func position<T: Equatable>(of value: T, in cases: [T]) -> UInt8 {
        UInt8(cases.firstIndex(of: value) ?? 0)
    }
}
