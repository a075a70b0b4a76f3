import Testing
import TendCore
import TendStorage
import TendTestSupport

/// The numbers in "3 new from the other device, 2 sent", read from `git diff --unified=0`.
@Suite("Sync: counting what a change brings")
struct SyncCountTests {
    func line(_ index: Int, kind: String = "appreciation") -> String {
        #"{"v":1,"id":"20261123-2130\#(String(format: "%02d", index))-aa","time":"2026-11-23T21:30:00+01:00","kind":"\#(kind)","person":"Ana","text":"n\#(index)"}"#
    }

    func diff(added: [String], removed: [String] = [], file: String = "2026/2026-11.jsonl") -> [UInt8] {
        var text = "diff --git a/\(file) b/\(file)\nindex 1111111..2222222 100644\n--- a/\(file)\n+++ b/\(file)\n@@ -1,0 +1,\(added.count) @@\n"
        text += removed.map { "-\($0)\n" }.joined()
        text += added.map { "+\($0)\n" }.joined()
        return Array(text.utf8)
    }

    @Test("each added record counts once")
    func addedRecords() {
        #expect(SyncCount.newEntries(inDiff: diff(added: [line(1), line(2), line(3)])) == 3)
    }

    @Test("the same record twice (a union merge keeps both copies) counts once")
    func duplicates() {
        #expect(SyncCount.newEntries(inDiff: diff(added: [line(1), line(1), line(2)])) == 2)
    }

    @Test("a record that moved (removed here, added there) is not new")
    func moved() {
        #expect(SyncCount.newEntries(inDiff: diff(added: [line(1), line(2)], removed: [line(1)])) == 1)
    }

    @Test("prompt bookkeeping is not an entry; edits and deletes are")
    func bookkeeping() {
        let fired = #"{"v":1,"id":"p1","time":"2026-11-23T07:30:00+01:00","kind":"prompt-fired","prompt":"morning","day":"2026-11-23"}"#
        let edit = #"{"v":1,"id":"e1","time":"2026-11-23T22:00:00+01:00","kind":"edit","target":"x","set":{"text":"y"}}"#
        #expect(SyncCount.newEntries(inDiff: diff(added: [fired, edit, line(1)])) == 2)
    }

    @Test("header lines are never counted, even one that looks like an added line")
    func headers() {
        let text = "diff --git a/2026/2026-11.jsonl b/2026/2026-11.jsonl\nnew file mode 100644\n--- /dev/null\n+++ b/2026/2026-11.jsonl\n@@ -0,0 +1 @@\n+\(line(4))\n"
        #expect(SyncCount.newEntries(inDiff: Array(text.utf8)) == 1)
    }

    @Test("a line that is not a record still counts, once; blank lines do not")
    func unreadable() {
        #expect(SyncCount.newEntries(inDiff: diff(added: ["not json", "not json", "", "  "])) == 1)
    }

    @Test("no diff, no entries")
    func empty() {
        #expect(SyncCount.newEntries(inDiff: []) == 0)
    }

    @Test("counts across several files, deduped by id")
    func severalFiles() {
        let two = diff(added: [line(1)]) + diff(added: [line(1), line(2)], file: "2026/2026-11.sync-conflict-x.jsonl")
        #expect(SyncCount.newEntries(inDiff: two) == 2)
    }
}
