/// A complete CSI (`ESC [`) or SS3 (`ESC O`) sequence, read by its grammar:
/// parameter bytes (0x30–0x3F), intermediate bytes (0x20–0x2F), one final
/// byte (0x40–0x7E). `key` names the keys xterm, tmux, screen, rxvt and the
/// Linux console send; anything else is dropped whole, never typed.
struct EscapeSequence: Hashable, Sendable {
    enum Introducer: Hashable, Sendable { case csi, ss3 }
    var introducer: Introducer
    var parameters: [UInt8]
    var intermediates: [UInt8]
    var final: UInt8

    /// The key this sequence names, or nil when it names none Tend knows.
    var key: Key? {
        guard intermediates.isEmpty else { return nil }
        let (marker, numbers) = parsed
        if marker == UInt8(ascii: "<") { return mouseKey(numbers) }
        guard marker == nil else { return nil } // replies to queries Tend never sends
        let modifiers = numbers.count > 1 ? KeyModifiers(parameter: numbers[1] ?? 1) : []
        let first = numbers.first ?? nil
        switch introducer {
        case .ss3:
            // Some terminals put the modifier in SS3's only parameter (`ESC O 5 C`).
            return Self.ss3Key(final)?.with(numbers.count == 1 ? KeyModifiers(parameter: first ?? 1) : modifiers)
        case .csi:
            if isRxvtShifted { return Self.tildeKey(first)?.with(.shift) }
            switch final {
            case UInt8(ascii: "~"):
                if first == 27, numbers.count >= 3 { return Self.textKey(code: numbers[2], modifiers: modifiers) }
                return Self.tildeKey(first)?.with(modifiers)
            case UInt8(ascii: "^"): return Self.tildeKey(first)?.with(.control)          // rxvt Ctrl
            case UInt8(ascii: "@"): return Self.tildeKey(first)?.with([.control, .shift]) // rxvt Ctrl-Shift
            case UInt8(ascii: "u"): return Self.textKey(code: first, modifiers: modifiers)
            case UInt8(ascii: "a")...UInt8(ascii: "d"):                                    // rxvt Shift-arrows
                return numbers.isEmpty ? Self.arrow(final - 0x20)?.with(.shift) : nil
            default:
                guard numbers.isEmpty || first == 1 else { return nil } // `ESC [ 2 A` moves, it is no key
                return Self.letterKey(final)?.with(modifiers)
            }
        }
    }

    /// rxvt ends Shift-Home and friends with `$`, an intermediate byte by the
    /// grammar (`ESC [ 7 $`); the decoder makes it the final byte of those.
    var isRxvtShifted: Bool {
        final == UInt8(ascii: "$") && !parameters.isEmpty && parameters.allSatisfy(Self.isDigit)
    }

    /// The private marker (`<`, `=`, `>`, `?`) and the numbers between `;`
    /// (a sub-parameter after `:` is ignored; an empty one is nil).
    private var parsed: (marker: UInt8?, numbers: [Int?]) {
        var bytes = parameters[...]
        var marker: UInt8? = nil
        if let first = bytes.first, (0x3C...0x3F).contains(first) { marker = first; bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return (marker, []) }
        var numbers: [Int?] = []
        for field in bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
            let digits = field.prefix { $0 != UInt8(ascii: ":") }
            guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(Self.isDigit) else { numbers.append(nil); continue }
            numbers.append(digits.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }
        return (marker, numbers)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func arrow(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        default: return nil
        }
    }

    /// `ESC [ A`…, `ESC [ H`/`F` (xterm Home/End), `ESC [ Z` (Shift-Tab), `ESC [ 1;2P` (Shift-F1).
    private static func letterKey(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "Z"): return .backTab
        case UInt8(ascii: "P")...UInt8(ascii: "S"): return .function(Int(final - UInt8(ascii: "P")) + 1)
        default: return arrow(final)
        }
    }

    /// `ESC O x`: keys in application mode, and the keypad.
    private static func ss3Key(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "M"): return .enter
        case UInt8(ascii: "a")...UInt8(ascii: "d"): return arrow(final - 0x20)?.with(.control) // rxvt Ctrl-arrows
        case UInt8(ascii: "j")...UInt8(ascii: "y"):
            // The keypad in application mode types its digit or sign.
            let typed = Array("*+,-./0123456789".utf8)[Int(final - UInt8(ascii: "j"))]
            return .character(Character(Unicode.Scalar(typed)))
        default: return letterKey(final)
        }
    }

    /// `ESC [ n ~`: the editing keys (vt220, Linux console, screen, tmux, rxvt) and F-keys.
    private static func tildeKey(_ number: Int?) -> Key? {
        switch number {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case let n?:
            let functionNumbers = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24, 25, 26, 28, 29, 31, 32, 33, 34]
            return functionNumbers.firstIndex(of: n).map { .function($0 + 1) }
        case nil: return nil
        }
    }

    /// `ESC [ code ; mods u` (fixterms, kitty) and `ESC [ 27 ; mods ; code ~`
    /// (xterm's modifyOtherKeys): a character with modifiers, as plain keys.
    private static func textKey(code: Int?, modifiers: KeyModifiers) -> Key? {
        guard let code else { return nil }
        switch code {
        case 9: return Key.tab.with(modifiers.intersection(.shift))
        case 13: return .enter
        case 27: return .escape
        case 8, 127: return modifiers.contains(.alt) ? .alt("\u{7F}") : .backspace
        default: break
        }
        // Private-use code points are kitty's names for keys Tend does not use.
        guard code >= 0x20, !(0xE000...0xF8FF).contains(code), let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
        var character = Character(scalar)
        if modifiers.contains(.shift), let upper = String(character).uppercased().first { character = upper }
        if modifiers.contains(.control), scalar.isASCII, scalar.properties.isAlphabetic {
            return .control(Character(String(character).lowercased()))
        }
        if modifiers.contains(.alt) { return .alt(character) }
        return .character(character)
    }

    /// SGR mouse reports (`ESC [ < 64 ; x ; y M`): only the wheel means anything here.
    private func mouseKey(_ numbers: [Int?]) -> Key? {
        guard final == UInt8(ascii: "M"), let button = numbers.first ?? nil else { return nil }
        switch button & ~0x1C { // strip the Shift, Alt and Ctrl bits
        case 64: return .wheelUp
        case 65: return .wheelDown
        default: return nil
        }
    }
}
