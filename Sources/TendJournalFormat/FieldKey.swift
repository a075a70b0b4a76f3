import TendCore

/// The name of every field a record can have. A line's fields are filed
/// under these numbers as the line is scanned, so asking for one is an
/// array lookup rather than a search through the names.
enum FieldKey: UInt8, CaseIterable, Sendable {
    case v, id, time, kind
    case mood, intention, practice, person, note, practiceDone
    case plannedSeconds, actualSeconds, outcome
    case text, prompt, day
    case who, latency, happened, myPart, gesture, landed
    case tone, target, set
    case sent, via
    case meeting, ritual, label, useful, confusing, energising
    case forThem, meant, nextStep, words
    case letter
    // A week's focus, its days, the look back and the weekly review (`from` also names a letter's writer).
    case card, start, stopped, focus, done
    case felt, response, noticed, choice
    case from, to, wentWell, talkAbout
    case title, tags, source, starred

    /// How many keys there are.
    static let count = allCases.count

    /// The key as a line spells it: the case's own name.
    var name: String { Self.names[Int(rawValue)] }

    /// The key spelled by `utf8`, if it is one.
    init?(utf8: UnsafeBufferPointer<UInt8>) {
        guard utf8.count < Self.byLength.count else { return nil }
        let word = Self.word(utf8, from: 0), rest = utf8.count > 8 ? Self.word(utf8, from: 8) : 0
        for candidate in Self.byLength[utf8.count] where candidate.word == word && candidate.rest == rest {
            self = candidate.key
            return
        }
        return nil
    }

    private static let names: [String] = allCases.map { "\($0)" }

    /// Each length's keys, with their first sixteen bytes as two numbers.
    private static let byLength: [[(key: FieldKey, word: UInt64, rest: UInt64)]] = {
        var table = Array(repeating: [(key: FieldKey, word: UInt64, rest: UInt64)](), count: 17)
        for key in allCases {
            let utf8 = Array(key.name.utf8)
            precondition(utf8.count <= 16, "field names fit in two words")
            utf8.withUnsafeBufferPointer { table[utf8.count].append((key, word($0, from: 0), word($0, from: 8))) }
        }
        return table
    }()

    /// Up to eight bytes of `utf8` from `start`, as one number.
    private static func word(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        var word: UInt64 = 0
        var index = start
        while index < min(start + 8, utf8.count) {
            word |= UInt64(utf8[index]) << (8 * (index - start))
            index += 1
        }
        return word
    }
}
