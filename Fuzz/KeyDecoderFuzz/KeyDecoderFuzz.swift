/// libFuzzer target for `KeyDecoder` (built by `make fuzz-key-decoder`, with
/// the decoder's own sources compiled in). For every input it checks:
///
/// 1. nothing traps (the sanitizers and Swift's own checks watch);
/// 2. the input decoded in one read and cut into several reads gives the
///    same keys and the same typed text (the cuts come from the first byte);
/// 3. the input with every `~` taken out (so it cannot hold the end marker),
///    wrapped as a bracketed paste, comes out as exactly that one paste, or
///    as one refusal when it passes the paste limit, whole or cut;
///    and the key after it is a key again.
///
/// What it finds becomes a test beside the decoder's own (Tests/TendUITests/
/// KeyDecoderTests.swift, PasteDecodingTests.swift). Run with
/// `make fuzz-key-decoder FUZZ_SECONDS=600`; crashes land in .build/fuzz/.

/// Typed text merged into runs, so that a joined emoji cut across reads
/// (one Character whole, three when cut) compares equal.
enum Piece: Equatable {
    case text(String)
    case key(Key)
}

func pieces(_ keys: [Key]) -> [Piece] {
    var result: [Piece] = []
    for key in keys {
        if case .character(let c) = key {
            if case .text(let run)? = result.last { result[result.count - 1] = .text(run + String(c)) } else { result.append(.text(String(c))) }
        } else {
            result.append(.key(key))
        }
    }
    return result
}

func decode(_ bytes: [UInt8], cuts: [Int], pasteLimit: Int) -> [Key] {
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
func cuts(count: Int, seed: UInt8) -> [Int] {
    guard count > 1 else { return [] }
    var state = UInt32(seed) &* 2_654_435_761 &+ 1
    var points: [Int] = []
    for _ in 0..<(1 + Int(seed % 8)) {
        state = state &* 1_103_515_245 &+ 12_345
        points.append(1 + Int(state >> 8) % (count - 1))
    }
    return points.sorted()
}

func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeyDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let control = data[0]
    let input = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    // A small limit sometimes, so that refusals are reached too.
    let limit = control & 0x80 == 0 ? KeyDecoder.pasteLimit : 1 + Int(control & 0x3F)

    let whole = decode(input, cuts: [], pasteLimit: limit)
    let split = decode(input, cuts: cuts(count: input.count, seed: control), pasteLimit: limit)
    check(pieces(whole) == pieces(split), "cut input decodes differently: \(input) \(whole) \(split)")

    let content = input.filter { $0 != UInt8(ascii: "~") }
    let paste = Array("\u{1B}[200~".utf8) + content + Array("\u{1B}[201~x".utf8)
    let expected: [Key] = content.count > limit
        ? [.oversizedPaste(byteCount: content.count), .character("x")]
        : [.paste(String(decoding: content, as: UTF8.self)), .character("x")]
    check(decode(paste, cuts: [], pasteLimit: limit) == expected, "paste decodes wrong: \(content)")
    check(decode(paste, cuts: cuts(count: paste.count, seed: control), pasteLimit: limit) == expected,
          "cut paste decodes wrong: \(content)")
    return 0
}
