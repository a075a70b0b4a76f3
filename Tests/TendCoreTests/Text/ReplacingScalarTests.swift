import Testing
import TendCore

@Suite("Escaping by scalar: a quote with a combining mark after it is still a quote to a shell")
struct ReplacingScalarTests {
    @Test("every quote scalar is escaped, alone or carrying a mark, and so is the \\n of \\r\\n")
    func escapes() {
        let shellQuoted = "O'\u{301}Brien's".replacingScalar("'", with: "'\\''")
        #expect(Array(shellQuoted.unicodeScalars) == Array("O'\\''\u{301}Brien'\\''s".unicodeScalars))
        #expect("a\r\nb".replacingScalar("\n", with: "\\n") == "a\r\\nb")
        #expect("plain".replacingScalar("'", with: "x") == "plain")
    }
}
