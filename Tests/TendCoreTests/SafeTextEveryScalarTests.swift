import Testing
import TendCore

@Suite("Terminal-safe text: every scalar")
struct SafeTextEveryScalarTests {
    /// The scalars `SafeText.line` changes or drops.
    static func isChanged(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
    }

    @Test("a scalar passes unchanged exactly when it is harmless")
    func everyScalar() {
        var values = Array(UInt32(0)...0xFFFF)
        values += stride(from: UInt32(0x10000), through: 0x10FFFF, by: 97)
        for value in values where value != 0x1B {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            #expect((SafeText.line(text) == text) == !Self.isChanged(value), "U+\(String(value, radix: 16))")
        }
    }
}
