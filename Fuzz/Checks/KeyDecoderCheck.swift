import TendUI

/// The terminal's bytes to keys. The first input byte steers the check (where
/// reads are cut, whether the paste limit is small enough to be reached); the
/// rest are the terminal's bytes. It checks that
/// 1. the bytes decoded in one read and cut into several give the same keys
///    and the same typed text;
/// 2. the bytes with every `~` taken out (so they cannot hold the end
///    marker), sent as a bracketed paste, come out as exactly that paste, or
///    as one refusal past the limit, whole or cut, and the key after it is
///    a key again.
public enum KeyDecoderCheck {
    public static let check = FuzzCheck(name: "key-decoder") { input in
        guard let control = input.first else { return nil }
        let bytes = Array(input.dropFirst())
        let limit = control & 0x80 == 0 ? KeyDecoder.pasteLimit : 1 + Int(control & 0x3F)

        let whole = decode(bytes, cuts: [], pasteLimit: limit)
        let split = decode(bytes, cuts: cuts(count: bytes.count, seed: control), pasteLimit: limit)
        if pieces(whole) != pieces(split) { return "cut input decodes differently: \(whole) against \(split)" }

        let content = bytes.filter { $0 != UInt8(ascii: "~") }
        let paste = Array("\u{1B}[200~".utf8) + content + Array("\u{1B}[201~x".utf8)
        let expected: [Key] = content.count > limit
            ? [.oversizedPaste(byteCount: content.count), .character("x")]
            : [.paste(String(decoding: content, as: UTF8.self)), .character("x")]
        if decode(paste, cuts: [], pasteLimit: limit) != expected { return "the paste decodes wrong" }
        if decode(paste, cuts: cuts(count: paste.count, seed: control), pasteLimit: limit) != expected {
            return "the paste cut into reads decodes wrong"
        }
        return nil
    }

    /// Typed text merged into runs, so that a joined emoji cut across reads
    /// (one Character whole, three when cut) compares equal.
    private enum Piece: Equatable {
        case text(String)
        case key(Key)
    }

    private static func pieces(_ keys: [Key]) -> [Piece] {
        var result: [Piece] = []
        for key in keys {
            if case .character(let c) = key, case .text(let run)? = result.last {
                result[result.count - 1] = .text(run + String(c))
            } else if case .character(let c) = key {
                result.append(.text(String(c)))
            } else {
                result.append(.key(key))
            }
        }
        return result
    }

    private static func decode(_ bytes: [UInt8], cuts: [Int], pasteLimit: Int) -> [Key] {
        var decoder = KeyDecoder(pasteLimit: pasteLimit)
        var keys: [Key] = []
        var start = 0
        for cut in cuts + [bytes.count] where cut >= start {
            keys += decoder.decode(bytes[start..<cut])
            start = cut
        }
        return keys + decoder.settle()
    }

    /// Up to eight cut points, spread by a small generator seeded from `seed`.
    private static func cuts(count: Int, seed: UInt8) -> [Int] {
        guard count > 1 else { return [] }
        var state = UInt32(seed) &* 2_654_435_761 &+ 1
        var points: [Int] = []
        for _ in 0..<(1 + Int(seed % 8)) {
            state = state &* 1_103_515_245 &+ 12_345
            points.append(1 + Int(state >> 8) % (count - 1))
        }
        return points.sorted()
    }
}
