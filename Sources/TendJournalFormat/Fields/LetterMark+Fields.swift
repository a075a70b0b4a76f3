import TendCore

extension LetterMark {
    static func read(_ f: FieldReader) throws(RecordError) -> LetterMark {
        try LetterMark(letter: f.recordID(.letter), from: f.nonEmptyString(.from))
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("letter", letter.rawValue)
        o.add("from", from)
        return o
    }
}
