#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import TendUI

@Suite("Reading the terminal")
struct InputReaderTests {
    @Test("keys read early, with the terminal's answers at start, come first and at once")
    func typedEarly() {
        var input: [Int32] = [0, 0], signals: [Int32] = [0, 0]
        #expect(pipe(&input) == 0 && pipe(&signals) == 0)
        defer { (input + signals).forEach { close($0) } }
        var reader = InputReader(fd: input[0], signalFD: signals[0], decoder: KeyDecoder(),
                                 typedEarly: Array("t\u{1B}]11;rgb:0000/0000/0000\u{07}\u{1B}[?62c".utf8))
        // Nothing more is coming: without the early keys this would wait forever.
        #expect(reader.next(timeout: nil) == [.key(.character("t"))])
        _ = "h".withCString { write(input[1], $0, 1) }
        #expect(reader.next(timeout: 1) == [.key(.character("h"))])
    }
}
