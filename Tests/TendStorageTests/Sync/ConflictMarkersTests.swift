import Testing
import TendStorage

/// Spotting what git leaves around a merge it could not finish.
@Suite("Sync: conflict markers")
struct ConflictMarkersTests {
    func lines(_ text: String) -> [Int] { ConflictMarkers.lines(in: Array(text.utf8)) }

    @Test("the three markers of a conflict, with their line numbers")
    func conflict() {
        #expect(lines("{\"a\":1}\n<<<<<<< HEAD\n{\"b\":1}\n=======\n{\"c\":1}\n>>>>>>> origin/main\n") == [2, 4, 6])
    }

    @Test("diff3's base marker, bare markers and CRLF endings")
    func variants() {
        #expect(lines("<<<<<<<\r\n||||||| base\n=======\r\n>>>>>>>\n") == [1, 2, 3, 4])
    }

    @Test("journal lines, longer runs and text after ======= are not markers")
    func notMarkers() {
        #expect(lines("{\"text\":\"<<<<<<< \"}\n<<<<<<<< eight\n======= text\n<<<<<<x\n==\n").isEmpty)
    }

    @Test("an empty file has none")
    func empty() {
        #expect(lines("").isEmpty)
    }
}
