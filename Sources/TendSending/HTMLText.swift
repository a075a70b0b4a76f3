/// Text made safe for an HTML page: the five characters that could start
/// markup become entities, and controls (an ESC, a NUL, bidi overrides that
/// could reorder the page) are dropped. Nothing in a sentence can become a
/// tag, an attribute or a script.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": continue
            default:
                switch scalar.value {
                case 0..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0xFFFE, 0xFFFF:
                    continue
                default:
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
