/// The escape-sequence half of `KeyDecoder`: after ESC, CSI and SS3 read by
/// their grammar, the string sequences (OSC, DCS…) skipped whole.
extension KeyDecoder {
    mutating func afterEscape(_ byte: UInt8, doubled: Bool) {
        mode = .ground
        if doubled {
            // ESC ESC [ … is a key held with Alt, as rxvt sends it; otherwise
            // the first ESC was the Escape key on its own.
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "O") {
                return startSequence(byte == UInt8(ascii: "[") ? .csi : .ss3, alt: true)
            }
            emit(.escape)
            if byte == 0x1B { mode = .escape(doubled: true); return }
            return afterEscape(byte, doubled: false)
        }
        switch byte {
        case UInt8(ascii: "["): startSequence(.csi, alt: false)
        case UInt8(ascii: "O"): startSequence(.ss3, alt: false)
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            stringLength = 0; mode = .string(sawEscape: false)
        case 0x1B: mode = .escape(doubled: true)
        case 0x20...0x7F: emit(.alt(Character(Unicode.Scalar(byte))))
        case 0x80...: startCharacter(byte, alt: true)
        default: emit(.escape); ground(byte) // Esc, then Enter or a Ctrl-key, in one read
        }
    }

    private mutating func startSequence(_ introducer: EscapeSequence.Introducer, alt: Bool) {
        sequence = [0x1B, introducer == .csi ? UInt8(ascii: "[") : UInt8(ascii: "O")]
        sequenceOverflowed = false
        sequenceHasAlt = alt
        mode = .sequence(introducer)
    }

    mutating func continueSequence(_ byte: UInt8, _ introducer: EscapeSequence.Introducer) {
        guard (0x20...0x7E).contains(byte) else {
            // A control or a non-ASCII byte cannot be inside a sequence: drop what
            // came so far, and read the byte as itself (ESC starts a new sequence).
            mode = .ground
            return ground(byte)
        }
        if sequence.count < Self.sequenceLimit { sequence.append(byte) } else { sequenceOverflowed = true }
        if let key = terminfo.key(for: sequence) { mode = .ground; return emitSequenceKey(key) }
        let body = sequence.dropFirst(2)
        if introducer == .csi, body.count == 1 {
            if byte == UInt8(ascii: "[") { mode = .linuxFunction; return }
            if byte == UInt8(ascii: "M") { mode = .mouse(remaining: 3); return }
        }
        guard (0x40...0x7E).contains(byte) || isRxvtShiftEnd(body) else { return }
        mode = .ground
        guard !sequenceOverflowed else { return }
        let parameters = Array(body.prefix { (0x30...0x3F).contains($0) })
        let parsed = EscapeSequence(introducer: introducer, parameters: parameters,
                                    intermediates: Array(body.dropFirst(parameters.count).dropLast()),
                                    final: byte)
        if introducer == .csi, parameters == Array("200".utf8), byte == UInt8(ascii: "~") {
            if sequenceHasAlt { emit(.escape) }
            paste = PasteCollector(limit: pasteLimit)
            mode = .paste
            return
        }
        if let key = parsed.key { emitSequenceKey(key) }
    }

    /// Emits a key a sequence named, with Alt when a second ESC came before it.
    mutating func emitSequenceKey(_ key: Key) {
        guard sequenceHasAlt else { return emit(key) }
        switch key {
        case .character(let c): emit(.alt(c))
        case .modified(let plain, let modifiers): emit(.modified(plain, modifiers.union(.alt)))
        default: emit(key.with(.alt))
        }
    }

    /// rxvt's Shift-Home is `ESC [ 7 $`: `$` ends it, though the grammar says it is an intermediate.
    private func isRxvtShiftEnd(_ body: ArraySlice<UInt8>) -> Bool {
        body.last == UInt8(ascii: "$") && body.count >= 2 && body.dropLast().allSatisfy { (0x30...0x39).contains($0) }
    }

    mutating func continueString(_ byte: UInt8, sawEscape: Bool) {
        stringLength += 1
        switch byte {
        case 0x07: mode = .ground                                      // BEL ends it
        case UInt8(ascii: "\\") where sawEscape: mode = .ground        // so does ST (ESC \)
        case _ where sawEscape: mode = .ground; afterEscape(byte, doubled: false) // ESC began something new
        case 0x1B: mode = .string(sawEscape: true)
        case 0x00..<0x20: mode = .ground; ground(byte)                 // a key, not part of a string
        default: if stringLength > Self.stringLimit { mode = .ground }
        }
    }
}
