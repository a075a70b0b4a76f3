import Testing
@testable import TendUI

/// What real terminals send, as documented by each (xterm's ctlseqs, tmux's
/// input-keys.c, screen's manual, rxvt-unicode's FAQ, the Linux console's
/// keymap), and the key Tend must read from it.
struct RealSequence: CustomTestStringConvertible, Sendable {
    var terminal: String
    var bytes: String
    var key: Key?

    init(_ terminal: String, _ bytes: String, _ key: Key?) { self.terminal = terminal; self.bytes = bytes; self.key = key }

    var testDescription: String {
        "\(terminal) " + bytes.replacingOccurrences(of: "\u{1B}", with: "ESC").replacingOccurrences(of: "\u{7}", with: "BEL")
    }
}

let realSequences: [RealSequence] = [
    // xterm, normal and application cursor modes
    .init("xterm", "\u{1B}[A", .up), .init("xterm", "\u{1B}[B", .down),
    .init("xterm", "\u{1B}[C", .right), .init("xterm", "\u{1B}[D", .left),
    .init("xterm", "\u{1B}OA", .up), .init("xterm", "\u{1B}OD", .left),
    .init("xterm", "\u{1B}[H", .home), .init("xterm", "\u{1B}[F", .end),
    .init("xterm", "\u{1B}OH", .home), .init("xterm", "\u{1B}OF", .end),
    .init("xterm", "\u{1B}[2~", .insert), .init("xterm", "\u{1B}[3~", .delete),
    .init("xterm", "\u{1B}[5~", .pageUp), .init("xterm", "\u{1B}[6~", .pageDown),
    .init("xterm", "\u{1B}OP", .function(1)), .init("xterm", "\u{1B}OS", .function(4)),
    .init("xterm", "\u{1B}[15~", .function(5)), .init("xterm", "\u{1B}[17~", .function(6)),
    .init("xterm", "\u{1B}[21~", .function(10)), .init("xterm", "\u{1B}[24~", .function(12)),
    .init("xterm", "\u{1B}[Z", .backTab), .init("xterm", "\u{1B}OM", .enter),
    .init("xterm", "\u{1B}[1;5C", .modified(.right, .control)),
    .init("xterm", "\u{1B}[1;5D", .modified(.left, .control)),
    .init("xterm", "\u{1B}[1;3D", .modified(.left, .alt)),
    .init("xterm", "\u{1B}[1;2A", .modified(.up, .shift)),
    .init("xterm", "\u{1B}[1;6C", .modified(.right, [.shift, .control])),
    .init("xterm", "\u{1B}[1;5H", .modified(.home, .control)),
    .init("xterm", "\u{1B}[1;2F", .modified(.end, .shift)),
    .init("xterm", "\u{1B}[3;5~", .modified(.delete, .control)),
    .init("xterm", "\u{1B}[5;2~", .modified(.pageUp, .shift)),
    .init("xterm", "\u{1B}[1;2P", .modified(.function(1), .shift)),
    .init("xterm", "\u{1B}[15;5~", .modified(.function(5), .control)),
    .init("xterm", "\u{1B}[27;5;97~", .control("a")),
    .init("xterm", "\u{1B}[27;2;9~", .backTab),
    .init("xterm", "\u{1B}[<64;10;5M", .wheelUp), .init("xterm", "\u{1B}[<65;10;5M", .wheelDown),
    .init("xterm", "\u{1B}Oq", .character("1")), .init("xterm", "\u{1B}Ok", .character("+")),
    // tmux and screen (TERM=screen, tmux-256color)
    .init("tmux", "\u{1B}[1~", .home), .init("tmux", "\u{1B}[4~", .end),
    .init("tmux", "\u{1B}[2~", .insert), .init("tmux", "\u{1B}[3~", .delete),
    .init("tmux", "\u{1B}[5~", .pageUp), .init("tmux", "\u{1B}[6~", .pageDown),
    .init("tmux", "\u{1B}[1;5C", .modified(.right, .control)),
    .init("tmux", "\u{1B}[97;5u", .control("a")), .init("tmux", "\u{1B}[13;2u", .enter),
    .init("screen", "\u{1B}[1~", .home), .init("screen", "\u{1B}[4~", .end),
    .init("screen", "\u{1B}OP", .function(1)), .init("screen", "\u{1B}[15~", .function(5)),
    // rxvt and rxvt-unicode
    .init("rxvt", "\u{1B}[7~", .home), .init("rxvt", "\u{1B}[8~", .end),
    .init("rxvt", "\u{1B}[11~", .function(1)), .init("rxvt", "\u{1B}[14~", .function(4)),
    .init("rxvt", "\u{1B}[a", .modified(.up, .shift)), .init("rxvt", "\u{1B}[d", .modified(.left, .shift)),
    .init("rxvt", "\u{1B}Oa", .modified(.up, .control)), .init("rxvt", "\u{1B}Od", .modified(.left, .control)),
    .init("rxvt", "\u{1B}[7$", .modified(.home, .shift)), .init("rxvt", "\u{1B}[8$", .modified(.end, .shift)),
    .init("rxvt", "\u{1B}[3$", .modified(.delete, .shift)),
    .init("rxvt", "\u{1B}[7^", .modified(.home, .control)), .init("rxvt", "\u{1B}[3^", .modified(.delete, .control)),
    .init("rxvt", "\u{1B}[7@", .modified(.home, [.control, .shift])),
    .init("rxvt", "\u{1B}\u{1B}[D", .modified(.left, .alt)), .init("rxvt", "\u{1B}\u{1B}[7~", .modified(.home, .alt)),
    .init("rxvt", "\u{1B}\u{1B}[1;5C", .modified(.right, [.control, .alt])),
    // the Linux console
    .init("linux", "\u{1B}[1~", .home), .init("linux", "\u{1B}[4~", .end),
    .init("linux", "\u{1B}[2~", .insert), .init("linux", "\u{1B}[3~", .delete),
    .init("linux", "\u{1B}[5~", .pageUp), .init("linux", "\u{1B}[6~", .pageDown),
    .init("linux", "\u{1B}[[A", .function(1)), .init("linux", "\u{1B}[[E", .function(5)),
    .init("linux", "\u{1B}[17~", .function(6)), .init("linux", "\u{1B}[A", .up),
    // sequences that name no key Tend uses: dropped whole, nothing typed
    .init("xterm", "\u{1B}[I", nil), .init("xterm", "\u{1B}[O", nil),         // focus in and out
    .init("xterm", "\u{1B}[E", nil), .init("xterm", "\u{1B}OE", nil),         // keypad 5
    .init("xterm", "\u{1B}[1;5E", nil), .init("xterm", "\u{1B}[99~", nil),
    .init("xterm", "\u{1B}[?1;2c", nil), .init("xterm", "\u{1B}[12;40R", nil),  // replies to queries
    .init("xterm", "\u{1B}[?2004;1$y", nil), .init("xterm", "\u{1B}[2 q", nil),
    .init("xterm", "\u{1B}]11;rgb:0000/0000/0000\u{1B}\\", nil), .init("xterm", "\u{1B}]0;title\u{7}", nil),
    .init("xterm", "\u{1B}P1$r0m\u{1B}\\", nil), .init("xterm", "\u{1B}[<0;10;5M", nil),
    .init("xterm", "\u{1B}[M #!", nil), .init("xterm", "\u{1B}[201~", nil),   // a click; a stray paste end
    .init("kitty", "\u{1B}[57399u", nil), .init("xterm", "\u{1B}[2A", nil),
]

@Suite("Real key sequences from xterm, tmux, screen, rxvt and the Linux console")
struct KeySequenceTableTests {
    @Test("each decodes to its key, and nothing else is typed", arguments: realSequences)
    func whole(_ sequence: RealSequence) {
        let expected = (sequence.key.map { [$0] } ?? []) + [.character("x")]
        #expect(decodeKeys(sequence.bytes + "x") == expected)
    }

    @Test("each decodes the same when split anywhere across two reads", arguments: realSequences)
    func everySplit(_ sequence: RealSequence) {
        let bytes = Array((sequence.bytes + "x").utf8)
        let whole = decodeKeys(bytes)
        for cut in 1..<bytes.count {
            #expect(decodeKeys(bytes, splitAt: [cut]) == whole, "cut at byte \(cut)")
        }
    }

    @Test("each decodes the same when it arrives a byte at a time", arguments: realSequences)
    func byteByByte(_ sequence: RealSequence) {
        let bytes = Array((sequence.bytes + "x").utf8)
        #expect(decodeKeys(bytes, splitAt: Array(1..<bytes.count)) == decodeKeys(bytes))
    }
}
