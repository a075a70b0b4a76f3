/// Text from the journal is data: before it reaches a terminal, control
/// characters, escape sequences, C1 codes and bidirectional overrides are
/// made visible and harmless. What is stored stays exactly as written.
public enum SafeText {
    /// A one-line, terminal-safe rendering of `text`: newlines and tabs become
    /// spaces, an ESC sequence or other control becomes a visible `�`-free
    /// marker, bidi controls are dropped.
    public static func line(_ text: String) -> String {
        // Nearly all text is clean, and checking bytes costs far less than
        // rebuilding it scalar by scalar: every scalar changed below has a
        // byte under 0x20, or 0x7F, or starts with 0xC2, 0xD8 or 0xE2.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) { return text }
        var out = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            switch scalar.value {
            case 0x0A, 0x0D, 0x09:
                out.append(" ")
            case 0x1B:
                // Swallow a CSI / OSC / other escape sequence whole, show one marker.
                out.append("␛")
                pending = skipEscapeSequence(&iterator)
            case 0x00..<0x20, 0x7F:
                out.append(Unicode.Scalar(0x2400 + (scalar.value == 0x7F ? 0x21 : scalar.value))!)
            case 0x80..<0xA0:
                out.append("�")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                continue // bidi overrides and isolates could reorder the screen
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True when `line(text)` would change anything.
    public static func needsCleaning(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            s.value < 0x20 || (0x7F..<0xA0).contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
                || s.value == 0x200E || s.value == 0x200F || s.value == 0x061C
        }
    }

    /// Consumes the body of an escape sequence after ESC; returns the first
    /// scalar after it that was read but is not part of it, if any.
    private static func skipEscapeSequence(
        _ iterator: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        guard let introducer = iterator.next() else { return nil }
        switch introducer {
        case "[":
            // CSI: parameters and intermediates, then one final byte 0x40–0x7E.
            while let s = iterator.next() {
                if (0x40...0x7E).contains(s.value) { return nil }
                if !(0x20...0x3F).contains(s.value) { return s }
            }
            return nil
        case "]", "P", "X", "^", "_":
            // OSC / DCS / SOS / PM / APC: up to BEL or ST (ESC \).
            while let s = iterator.next() {
                if s.value == 0x07 { return nil }
                if s.value == 0x1B { _ = iterator.next(); return nil }
            }
            return nil
        default:
            return (0x20...0x7E).contains(introducer.value) ? nil : introducer
        }
    }
}
