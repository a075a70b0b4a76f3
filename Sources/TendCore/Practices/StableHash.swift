/// A hash that is the same on every run and every machine (Swift's
/// `Hasher` is seeded per process), for choices that must be stable.
public enum StableHash {
    /// FNV-1a over the UTF-8 bytes, then mixed with `seed`.
    public static func of(_ text: String, seed: Int = 0) -> UInt64 {
        mix(fnv1a(text.utf8) ^ mix(UInt64(bitPattern: Int64(seed))))
    }

    /// Plain 64-bit FNV-1a, unmixed: for a number that names something
    /// kept on disk (a cache folder, a cache's schema) and must not change.
    @inlinable
    public static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The SplitMix64 finaliser: spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
