import Testing
@testable import TendCore

/// A card field is checked for line breaks scalar by scalar; that must say
/// what `Character.isNewline` says.
@Suite("Line breaks by scalar")
struct LineBreakScalarTests {
    @Test("isLineBreak agrees with Character.isNewline for every scalar")
    func everyScalar() {
        var disagreeing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if PracticeCardReader.isLineBreak(scalar) != Character(scalar).isNewline { disagreeing.append(value) }
        }
        #expect(disagreeing.isEmpty)
    }
}
