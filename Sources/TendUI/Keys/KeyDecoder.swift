/// Turns the bytes a terminal sends into `Key`s.
///
/// Input is bytes, and a read can end anywhere: inside a UTF-8 character,
/// inside an escape sequence, inside a paste. The decoder keeps whatever is
/// incomplete until the next read completes it. Only two things wait on the
/// clock (see `settleDelay`): a lone ESC, which is the Escape key when nothing
/// follows it soon, and a paste whose end marker never comes.
///
/// Escape sequences are read whole by their grammar (ECMA-48) and dropped
/// whole when they name no key Tend knows, so they never turn into typed text.
public struct KeyDecoder: Sendable {
    /// How long a lone ESC waits for the rest of a sequence before it is Escape.
    public static let escapeDelay = 0.05
    /// How long a paste may go quiet before it counts as ended: a stray
    /// `ESC [ 200 ~` must not swallow every later key.
    public static let stalledPasteDelay = 2.0
    /// The largest paste kept, in bytes: more than any field holds
    /// (4,000 characters of up to four bytes each).
    public static let pasteLimit = 1 << 16
    /// An escape sequence longer than this is no key; the rest of it is skipped.
    static let sequenceLimit = 64
    /// OSC, DCS and the other string sequences end after this many bytes at most.
    static let stringLimit = 4096

    enum Mode: Sendable {
        case ground
        /// Inside a UTF-8 character: `remaining` continuation bytes to come.
        case utf8(remaining: Int, alt: Bool)
        /// After ESC; `doubled` after two (rxvt sends Alt-Left as ESC ESC [ D).
        case escape(doubled: Bool)
        /// After `ESC [` or `ESC O`, collecting parameters and intermediates.
        case sequence(EscapeSequence.Introducer)
        /// After `ESC ]`, `ESC P`…: skipped up to BEL or ESC \.
        case string(sawEscape: Bool)
        /// After `ESC [ [` (Linux console F1–F5): one more byte.
        case linuxFunction
        /// After `ESC [ M`: an X10 mouse report's three raw bytes.
        case mouse(remaining: Int)
        case paste
    }

    var mode: Mode = .ground
    let terminfo: TerminfoKeys
    let pasteLimit: Int
    // Kept outside `mode` so that growing them never copies them.
    private var scalar: UInt32 = 0
    private var scalarMinimum: UInt32 = 0
    var sequence: [UInt8] = []
    var sequenceOverflowed = false
    /// The sequence came after a second ESC: the key it names is held with Alt.
    var sequenceHasAlt = false
    var stringLength = 0
    var paste: PasteCollector
    private var text = String.UnicodeScalarView()
    private var keys: [Key] = []

    public init(terminfo: TerminfoKeys = TerminfoKeys(), pasteLimit: Int = KeyDecoder.pasteLimit) {
        self.terminfo = terminfo
        self.pasteLimit = pasteLimit
        paste = PasteCollector(limit: pasteLimit)
    }

    /// Decodes one read. Whatever is incomplete at its end is kept for the next.
    public mutating func decode(_ bytes: some Sequence<UInt8>) -> [Key] {
        for byte in bytes { take(byte) }
        return takeKeys()
    }

    /// How long to wait for more bytes before calling `settle()`; nil when
    /// nothing pending depends on the clock.
    public var settleDelay: Double? {
        switch mode {
        case .escape: return Self.escapeDelay
        case .paste: return Self.stalledPasteDelay
        default: return nil
        }
    }

    /// No more bytes came within `settleDelay`: a lone ESC is Escape, and a
    /// stalled paste ends with what arrived.
    public mutating func settle() -> [Key] {
        switch mode {
        case .escape(let doubled):
            if doubled { emit(.escape) }
            emit(.escape)
        case .paste: emit(paste.finish())
        default: return []
        }
        mode = .ground
        return takeKeys()
    }

    /// True while a paste is being collected.
    public var isInPaste: Bool { if case .paste = mode { return true } else { return false } }

    private mutating func takeKeys() -> [Key] {
        flushText()
        defer { keys = [] }
        return keys
    }

    private mutating func take(_ byte: UInt8) {
        switch mode {
        case .ground: ground(byte)
        case .utf8(let remaining, let alt): continueCharacter(byte, remaining: remaining, alt: alt)
        case .escape(let doubled): afterEscape(byte, doubled: doubled)
        case .sequence(let introducer): continueSequence(byte, introducer)
        case .string(let sawEscape): continueString(byte, sawEscape: sawEscape)
        case .linuxFunction:
            mode = .ground
            if byte < 0x20 || byte > 0x7E { return ground(byte) }
            if (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(byte) { emitSequenceKey(.function(Int(byte) - 0x40)) }
        case .mouse(let remaining):
            mode = remaining > 1 ? .mouse(remaining: remaining - 1) : .ground
        case .paste:
            if paste.take(byte) {
                emit(paste.finish())
                mode = .ground
            }
        }
    }

    mutating func ground(_ byte: UInt8) {
        switch byte {
        case 0x1B: mode = .escape(doubled: false)
        case 0x20..<0x7F: text.append(Unicode.Scalar(byte))
        case 0x00..<0x20, 0x7F: if let key = Self.controlKey(byte) { emit(key) }
        default: startCharacter(byte, alt: false)
        }
    }

    /// Ctrl-letters, Enter, Tab, Backspace; nil for a control byte that is no key.
    private static func controlKey(_ byte: UInt8) -> Key? {
        switch byte {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(byte + 0x60)))
        default: return nil
        }
    }

    // MARK: UTF-8

    mutating func startCharacter(_ byte: UInt8, alt: Bool) {
        switch byte {
        case 0xC2...0xDF: scalar = UInt32(byte & 0x1F); scalarMinimum = 0x80; mode = .utf8(remaining: 1, alt: alt)
        case 0xE0...0xEF: scalar = UInt32(byte & 0x0F); scalarMinimum = 0x800; mode = .utf8(remaining: 2, alt: alt)
        case 0xF0...0xF4: scalar = UInt32(byte & 0x07); scalarMinimum = 0x10000; mode = .utf8(remaining: 3, alt: alt)
        default: mode = .ground; emitCharacter("\u{FFFD}", alt: alt) // not a UTF-8 lead byte
        }
    }

    private mutating func continueCharacter(_ byte: UInt8, remaining: Int, alt: Bool) {
        guard (0x80...0xBF).contains(byte) else {
            // The character broke off: say so with U+FFFD, then read this byte afresh.
            mode = .ground
            emitCharacter("\u{FFFD}", alt: alt)
            return ground(byte)
        }
        scalar = scalar << 6 | UInt32(byte & 0x3F)
        guard remaining == 1 else { mode = .utf8(remaining: remaining - 1, alt: alt); return }
        mode = .ground
        let decoded = scalar >= scalarMinimum ? Unicode.Scalar(scalar) : nil // overlong or surrogate
        emitCharacter(decoded ?? "\u{FFFD}", alt: alt)
    }

    private mutating func emitCharacter(_ scalar: Unicode.Scalar, alt: Bool) {
        if alt { emit(.alt(Character(scalar))) } else { text.append(scalar) }
    }

    // MARK: Output

    mutating func emit(_ key: Key) {
        flushText()
        keys.append(key)
    }

    /// Typed text goes out one grapheme at a time, so an emoji with its
    /// joiners or an accent with its base arrives as one character.
    private mutating func flushText() {
        guard !text.isEmpty else { return }
        for character in String(text) { keys.append(.character(character)) }
        text.removeAll(keepingCapacity: true)
    }
}
