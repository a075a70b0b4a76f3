import Foundation
import Testing
import TendCore
import TendStorage
import TendTestSupport

/// Drafts beside the journal: private, atomic, never taken for a month.
@Suite("The draft store")
struct DraftStoreTests {
    static let draft = Draft(kind: .appreciation, id: "appreciation-1796247601-1a2b", step: "sentence",
                             words: ["person": "Zoë", "text": "You sang 🎶 \"loud\"\n"])

    @Test("a kept draft is read back whole, private, in its own folder")
    func roundTrip() throws {
        let folder = TemporaryDirectory()
        let store = DraftStore(dataDirectory: folder.path)
        try store.keep(Self.draft)
        #expect(store.drafts() == [Self.draft])
        let file = folder.appending("drafts/\(Self.draft.id).json")
        #expect(Disk.mode(file) == 0o600)
        #expect(Disk.mode(folder.appending("drafts")) == 0o700)
        #expect(Disk.files(in: folder.appending("drafts")) == ["\(Self.draft.id).json"], "no temp file left behind")
    }

    @Test("keeping again replaces the file; discarding removes it, twice is fine")
    func replaceAndDiscard() throws {
        let folder = TemporaryDirectory()
        let store = DraftStore(dataDirectory: folder.path)
        try store.keep(Self.draft)
        var longer = Self.draft
        longer.words["text"] = "You sang in the kitchen"
        try store.keep(longer)
        #expect(store.drafts() == [longer])
        try store.discard(longer.id)
        try store.discard(longer.id)
        #expect(store.drafts().isEmpty)
    }

    @Test("newest first")
    func newestFirst() throws {
        let folder = TemporaryDirectory()
        let store = DraftStore(dataDirectory: folder.path)
        var older = Self.draft
        older.id = "appreciation-1-a"
        try store.keep(older, at: Date(timeIntervalSince1970: 1_000_000))
        try store.keep(Self.draft, at: Date(timeIntervalSince1970: 2_000_000))
        #expect(store.drafts().map(\.id) == [Self.draft.id, older.id])
    }

    @Test("a draft a live Tend is still writing is not offered; one from a process that ended is")
    func liveWriter() throws {
        let folder = TemporaryDirectory()
        let store = DraftStore(dataDirectory: folder.path)
        try store.keep(Self.draft)
        let file = folder.appending("drafts/\(Self.draft.id).json")
        let mine = "\"pid\":\(getpid())"
        #expect(Disk.text(file).contains(mine))
        // pid 1 is always alive: another process writing it right now.
        Disk.write(Disk.text(file).replacingOccurrences(of: mine, with: "\"pid\":1"), to: file)
        #expect(store.drafts().isEmpty)
        // A pid far above pid_max belongs to no one: the writer is gone.
        Disk.write(Disk.text(file).replacingOccurrences(of: "\"pid\":1,", with: "\"pid\":2147483000,"), to: file)
        #expect(store.drafts() == [Self.draft])
    }

    @Test("the journal never takes a draft for a month, and doctor does not trip on it")
    func notAMonth() throws {
        let folder = TemporaryDirectory()
        try DraftStore(dataDirectory: folder.path).keep(Self.draft)
        let journal = Journal(directory: folder.path)
        #expect(try journal.files().isEmpty)
        #expect(try journal.history().records.isEmpty)
        #expect(try journal.records(since: Date(timeIntervalSince1970: 0)).isEmpty)
        #expect(journal.diagnose().findings.allSatisfy { $0.path?.contains("drafts") != true })
    }

    @Test("odd files, links and names that could leave the folder are ignored or refused")
    func hostile() throws {
        let folder = TemporaryDirectory()
        let store = DraftStore(dataDirectory: folder.path)
        Disk.write("not json", to: folder.appending("drafts/appreciation-1-b.json"))
        Disk.write("{}", to: folder.appending("drafts/Bad Name.json"))
        try store.keep(Self.draft)
        let target = folder.appending("drafts/\(Self.draft.id).json")
        symlink(target, folder.appending("drafts/appreciation-2-c.json"))
        #expect(store.drafts() == [Self.draft])
        var escaping = Self.draft
        escaping.id = "../../escape"
        #expect(throws: StorageError.self) { try store.keep(escaping) }
        #expect(throws: StorageError.self) { try store.discard("../x") }
    }
}
