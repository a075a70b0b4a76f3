import Testing
import TendArchives

@Suite("A damaged zip is described in Tend's words")
struct ZipFailureWordsTests {
    @Test("a zip cut short says so, without the library's names for it")
    func cutShort() {
        let bytes: [UInt8] = Array("PK\u{3}\u{4}not the rest of a zip".utf8)
        #expect(throws: ArchiveFailure("it looks like a zip, but its list of files is missing or damaged (was the download cut short?)")) {
            try ZipJSONFiles.read(bytes)
        }
    }
}
