import Foundation
import TendCore

/// A letter as one line of a letters file (FORMAT.md, "Letters").
extension Letter {
    /// The line as it is stored, without its newline: `v`, `id`, `time`,
    /// `kind` first, as in the journal, then the letter's own fields.
    public var jsonLine: [UInt8] {
        var object = JSONObject([
            .init("v", .int(Self.formatVersion)),
            .init("id", .string(id.rawValue)),
            .init("time", .string(written.iso8601)),
            .init("kind", .string(Self.kind)),
        ])
        object.add("from", from)
        object.add("to", to)
        switch body {
        case .text(let text): object.add("text", text)
        case .sealed(let armored): object.add("age", armored)
        }
        object.add("sent", sent.iso8601)
        return JSONLineWriter.line(object)
    }

    /// Reads one line (without its newline). Anything that is not a letter
    /// this build can read throws, naming what is wrong, so the reader can
    /// skip the line and `tend doctor` can say why.
    public init(line: some Collection<UInt8>) throws(RecordError) {
        let bytes = Array(line)
        guard bytes.count <= Self.maxLineBytes else { throw .tooLarge(bytes: bytes.count, limit: Self.maxLineBytes) }
        let object: JSONObject
        do throws(JSONLineParser.Failure) {
            object = try JSONLineParser.parseObject(bytes)
        } catch {
            throw .notJSON(error)
        }
        guard let version = object["v"]?.intValue else {
            throw object["v"] == nil ? .missingField("v") : .wrongType(field: "v", expected: "a whole number")
        }
        guard version >= 1 else { throw .invalidValue(field: "v", reason: "should be 1") }
        guard version <= Self.formatVersion else { throw .newerVersion(version) }
        let kind = try Self.string(object, "kind")
        guard kind == Self.kind else { throw .unknownKind(kind) }
        guard let id = RecordID(try Self.string(object, "id")) else {
            throw .invalidValue(field: "id", reason: "is not a record id")
        }
        let written = try Self.time(object, "time")
        let from = try Self.name(object, "from")
        let to = try Self.name(object, "to")
        let body: Body
        switch (object["text"], object["age"]) {
        case (nil, nil): throw .missingField("text")
        case (.some, .some): throw .invalidValue(field: "age", reason: "is given beside text; a letter is one or the other")
        case (.some, nil):
            let text = try Self.string(object, "text")
            guard !text.isEmpty else { throw .invalidValue(field: "text", reason: "is empty") }
            body = .text(text)
        case (nil, .some):
            let armored = try Self.string(object, "age")
            guard armored.hasPrefix("-----BEGIN AGE ENCRYPTED FILE-----") else {
                throw .invalidValue(field: "age", reason: "is not an armoured age file")
            }
            body = .sealed(armored)
        }
        self.init(id: id, written: written, from: from, to: to, body: body, sent: try Self.time(object, "sent"))
    }

    private static func string(_ object: JSONObject, _ key: String) throws(RecordError) -> String {
        switch object[key] {
        case nil: throw .missingField(key)
        case .string(let value)?: return value
        default: throw .wrongType(field: key, expected: "text")
        }
    }

    private static func name(_ object: JSONObject, _ key: String) throws(RecordError) -> String {
        let value = try string(object, key)
        guard !value.trimmed().isEmpty else { throw .invalidValue(field: key, reason: "is empty") }
        return value
    }

    private static func time(_ object: JSONObject, _ key: String) throws(RecordError) -> LocalTime {
        guard let time = LocalTime(iso8601: try string(object, key)) else {
            throw .invalidValue(field: key, reason: "is not a time like 2026-11-23T21:30:05+01:00")
        }
        return time
    }
}
