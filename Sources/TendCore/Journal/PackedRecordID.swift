/// An id of the shape Tend writes, `20261123-213005-7f3a9c04b1e2` (eight
/// digits, six digits, then one to sixteen lowercase hex digits), held as
/// 31 four-bit nibbles in two words: the fourteen digits, the hex digits
/// padded with zeros, and the number of hex digits less one. Digits and
/// lowercase hex sort as their nibbles do, and a shorter suffix sorts first
/// as its text does, so comparing the words compares the text.
package struct PackedRecordID: Hashable, Comparable, Sendable {
    package let high: UInt64
    package let low: UInt64

    /// The id these words hold (as `RecordCodec` wrote them).
    package init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Nil when `utf8` is not of that shape.
    package init?(_ utf8: UnsafeBufferPointer<UInt8>) {
        let hexCount = utf8.count - 16
        guard hexCount >= 1, hexCount <= 16, utf8[8] == UInt8(ascii: "-"), utf8[15] == UInt8(ascii: "-") else { return nil }
        var high: UInt64 = 0
        for index in 0..<15 where index != 8 {
            let digit = utf8[index] &- 0x30
            guard digit < 10 else { return nil }
            high = high << 4 | UInt64(digit)
        }
        var low: UInt64 = 0
        for position in 0..<16 {
            var nibble: UInt64 = 0
            if position < hexCount {
                let byte = utf8[16 + position]
                switch byte {
                case 0x30...0x39: nibble = UInt64(byte - 0x30)
                case 0x61...0x66: nibble = UInt64(byte - 0x61 + 10)
                default: return nil
                }
            }
            if position < 2 { high = high << 4 | nibble } else { low = low << 4 | nibble }
        }
        self.high = high
        self.low = low << 8 | UInt64(hexCount - 1) << 4
    }

    /// The id as written.
    package var text: String {
        let hexCount = Int(low >> 4 & 0xF) + 1
        return String(unsafeUninitializedCapacity: 16 + hexCount) { buffer in
            var nibble = 0
            for index in 0..<16 + hexCount {
                if index == 8 || index == 15 {
                    buffer[index] = UInt8(ascii: "-")
                    continue
                }
                let word = nibble < 16 ? high : low
                buffer[index] = Self.digits[Int(word >> UInt64(60 - 4 * (nibble % 16)) & 0xF)]
                nibble += 1
            }
            return 16 + hexCount
        }
    }

    /// Both words mixed, so that the low bits a table uses depend on every
    /// digit (the random suffix sits mostly in `low`).
    package var hash: Int {
        let mixed = (high ^ (low &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 31))
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    package static func < (lhs: PackedRecordID, rhs: PackedRecordID) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}
