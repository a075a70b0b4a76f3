/// Splits a TOML key as written (`people."Ana"`, `people.'José'`, `send`)
/// into its parts, so a header found in the text can be matched with what
/// TOMLKit parsed. Nil for anything it does not follow; callers then simply
/// do not know the line.
enum TOMLKeyPath {
    static func split(_ raw: String) -> [String]? {
        var parts: [String] = []
        var scalars = Array(raw.unicodeScalars)[...]
        func skipSpaces() { while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() } }
        while true {
            skipSpaces()
            guard let first = scalars.first else { return nil }
            var part = String.UnicodeScalarView()
            switch first {
            case "\"":
                scalars.removeFirst()
                while true {
                    guard let scalar = scalars.popFirst() else { return nil }
                    if scalar == "\"" { break }
                    if scalar == "\\" {
                        guard let escaped = scalars.popFirst() else { return nil }
                        switch escaped {
                        case "\"", "\\": part.append(escaped)
                        case "n": part.append("\n")
                        case "t": part.append("\t")
                        case "u", "U":
                            let count = escaped == "u" ? 4 : 8
                            guard scalars.count >= count, let value = UInt32(String(String.UnicodeScalarView(scalars.prefix(count))), radix: 16),
                                  let decoded = Unicode.Scalar(value) else { return nil }
                            scalars.removeFirst(count)
                            part.append(decoded)
                        default: return nil
                        }
                    } else {
                        part.append(scalar)
                    }
                }
            case "'":
                scalars.removeFirst()
                while true {
                    guard let scalar = scalars.popFirst() else { return nil }
                    if scalar == "'" { break }
                    part.append(scalar)
                }
            default:
                while let scalar = scalars.first, isBare(scalar) { part.append(scalars.removeFirst()) }
                if part.isEmpty { return nil }
            }
            parts.append(String(part))
            skipSpaces()
            guard let next = scalars.first else { return parts }
            guard next == "." else { return nil }
            scalars.removeFirst()
        }
    }

    private static func isBare(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return true
        default: return false
        }
    }
}
