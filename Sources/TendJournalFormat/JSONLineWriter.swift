import TendCore

/// Writes JSON the way the journal stores it: one line, keys in the order
/// given, no spaces, UTF-8 as is. Characters that could act on a terminal
/// (C0 and C1 controls, DEL, bidi overrides, line and paragraph separators)
/// are written as `\uXXXX` escapes: the value is unchanged, yet `cat`ing a
/// journal file can never drive the terminal.
public enum JSONLineWriter {
    /// The object as one line of JSON, without a newline.
    public static func line(_ object: JSONObject) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(object, to: &out)
        return out
    }

    /// Appends `object` as JSON to `out`.
    public static func write(_ object: JSONObject, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (position, member) in object.members.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            writeString(member.key, to: &out)
            out.append(UInt8(ascii: ":"))
            write(member.value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Appends `value` as JSON to `out`.
    public static func write(_ value: FieldValue, to out: inout [UInt8]) {
        switch value {
        case .string(let string): writeString(string, to: &out)
        case .int(let number): out.append(contentsOf: String(number).utf8)
        case .double(let number):
            // Non-finite numbers are not JSON; records never hold them.
            out.append(contentsOf: (number.isFinite ? String(number) : "null").utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .object(let object): write(object, to: &out)
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (position, element) in values.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                write(element, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// Appends `string` as a JSON string literal to `out`.
    public static func writeString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in string.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
                appendEscape(value, to: &out)
            case 0x20..<0x80:
                out.append(UInt8(truncatingIfNeeded: value))
            default:
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ value: UInt32, to out: inout [UInt8]) {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        out.append(contentsOf: [0x5C, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(digits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
