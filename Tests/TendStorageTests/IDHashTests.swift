import Testing
import TendCore
import TendStorage

/// Numbers that name things kept between runs must never change: these
/// were worked out by hand from the FNV-1a each used to spell out itself.
@Suite("Stable hashes: the values kept between runs")
struct IDHashTests {
    @Test("FNV-1a of an id is the published 64-bit FNV-1a")
    func fnv1aOfAnID() {
        #expect(StableHash.fnv1a("20261123-213005-7f3a9c04b1e2".utf8) == 0xf9cd_bd60_c543_ed1c)
    }

    @Test("an id's hash for sets of ids is FNV-1a with the murmur finaliser")
    func idHashOfAnID() throws {
        let id = try #require(RecordID("20261123-213005-7f3a9c04b1e2"))
        #expect(LineScanner.idHash(id) == 0x7fca_1a1f_5a4d_7db3)
    }
}
