import TendCore

extension RecordChange {
    /// The kind of record the change is made for; nil for one that fits
    /// more than one kind (a sent mark) or was read from a line.
    var kind: RecordKind? {
        switch self {
        case .checkIn: return .checkIn
        case .appreciation: return .appreciation
        case .tally: return .tally
        case .repair: return .repair
        case .meeting: return .meeting
        case .reflection: return .reflection
        case .review: return .review
        case .note: return .note
        case .focus: return .focus
        case .sent, .written: return nil
        }
    }

    /// The change as an edit line's `set` holds it: the fields it sets,
    /// in the order the change declares them, and `null` for each it
    /// clears. A change read from a line gives back what it read.
    var fields: JSONObject {
        var o = JSONObject()
        switch self {
        case .checkIn(let c):
            o.update(.person, c.person)
            o.update(.note, c.note)
            o.update(.practiceDone, c.practiceDone)
        case .appreciation(let a):
            o.update(.person, a.person)
            o.update(.text, a.text)
        case .tally(let t):
            o.update(.text, t.text)
            o.update(.person, t.person)
        case .repair(let r):
            o.update(.who, r.who)
            o.update(.happened, r.happened)
            o.update(.myPart, r.myPart)
            o.update(.forThem, r.forThem)
            o.update(.meant, r.meant)
            o.update(.nextStep, r.nextStep)
            o.update(.words, r.words)
            o.update(.landed, r.landed)
        case .meeting(let m):
            o.update(.label, m.label)
            o.update(.useful, m.useful)
            o.update(.confusing, m.confusing)
            o.update(.energising, m.energising)
        case .reflection(let r):
            o.update(.response, r.response)
            o.update(.noticed, r.noticed)
        case .review(let r):
            o.update(.wentWell, r.wentWell)
            o.update(.talkAbout, r.talkAbout)
        case .note(let n):
            o.update(.title, n.title)
            o.update(.text, n.text)
        case .focus(let f):
            o.update(.stopped, f.stopped.map { $0.map(\.description) })
        case .sent(let mark):
            o.update(.sent, .set(mark.sent.iso8601))
            o.update(.via, .set(mark.via.rawValue))
        case .written(let written):
            return written.fields
        }
        return o
    }
}

extension FieldUpdate {
    /// The update of what the value is written as.
    func map<Other>(_ transform: (Value) -> Other) -> FieldUpdate<Other> {
        switch self {
        case .set(let value): return .set(transform(value))
        case .clear: return .clear
        }
    }
}

private extension JSONObject {
    /// Appends `update` under `key`, a `null` for a clear; nothing when nil.
    mutating func update(_ key: FieldKey, _ update: FieldUpdate<String>?) {
        guard let update else { return }
        members.append(Member(key.name, update.value.map(FieldValue.string) ?? .null))
    }

    mutating func update(_ key: FieldKey, _ update: FieldUpdate<Bool>?) {
        guard let update else { return }
        members.append(Member(key.name, update.value.map(FieldValue.bool) ?? .null))
    }
}
