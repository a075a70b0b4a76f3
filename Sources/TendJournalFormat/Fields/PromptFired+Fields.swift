import TendCore

extension PromptFired {
    static func read(_ f: FieldReader) throws(RecordError) -> PromptFired {
        try PromptFired(prompt: f.nonEmptyString(.prompt), day: f.nonEmptyString(.day))
    }

    var fields: JSONObject {
        var o = JSONObject()
        o.add("prompt", prompt)
        o.add("day", day)
        return o
    }
}
