import Foundation
/// A `mailto:` URL as RFC 6068 writes it: everything but the unreserved
/// characters percent-encoded, line breaks in the body as CRLF.
public enum MailtoURL {
    public static func make(to address: String, subject: String, body: String) -> String {
        let lines = body.replacingLineBreaks()
        return "mailto:\(encode(address, keeping: "@"))?subject=\(encode(subject))&body=\(encode(lines))"
    }

    static func encode(_ text: String, keeping extra: Set<UInt8> = []) -> String {
        var out = ""
        for byte in text.utf8 {
            let keep = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || extra.contains(byte)
            if keep {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF".utf8)
                out += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]], as: UTF8.self)
            }
        }
        return out
    }

    private static func encode(_ text: String, keeping character: Character) -> String {
        encode(text, keeping: Set(character.utf8))
    }
}

private extension String {
    /// Every line break as CRLF.
    func replacingLineBreaks() -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            .joined(separator: "\r\n")
    }
}
