import TendCore

/// Makes each short string once while a cache file is read: a journal
/// repeats the same names, card ids, prompts and days thousands of times,
/// and making a String from bytes (checking its UTF-8, maybe allocating)
/// costs several times more than finding the one made before.
struct StringTable {
    /// Longer strings are texts, which rarely repeat.
    static let maxLength = 32
    private static let slotCount = 512

    /// Each slot's bytes as four zero-padded words, then its length.
    private var keys = [UInt64](repeating: 0, count: slotCount * 5)
    private var strings = [String](repeating: "", count: slotCount)

    mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        guard utf8.count <= Self.maxLength, utf8.count > 0 else { return String(decoding: utf8, as: UTF8.self) }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
        let mixed = (words.0 ^ words.1 &* 0x9E37_79B9_7F4A_7C15 ^ words.2 &* 0xC2B2_AE3D_27D4_EB4F ^ words.3) &* 0xBF58_476D_1CE4_E5B9
        let slot = Int(truncatingIfNeeded: mixed >> 55) & (Self.slotCount - 1)
        let key = slot * 5
        if keys[key + 4] == UInt64(utf8.count), keys[key] == words.0, keys[key + 1] == words.1,
           keys[key + 2] == words.2, keys[key + 3] == words.3 {
            return strings[slot]
        }
        let string = String(decoding: utf8, as: UTF8.self)
        keys[key] = words.0
        keys[key + 1] = words.1
        keys[key + 2] = words.2
        keys[key + 3] = words.3
        keys[key + 4] = UInt64(utf8.count)
        strings[slot] = string
        return string
    }
}
