import Foundation
import Testing
import TendStorage
import TendTestSupport

/// `.gitattributes` and `.gitignore` as `tend sync init` writes them.
@Suite("Sync: support files")
struct SyncSupportFilesTests {
    @Test("month files merge as a union, and so do the two files themselves")
    func attributes() {
        let text = SyncSupportFiles.attributes.completing(nil) ?? ""
        #expect(text.contains("*.jsonl merge=union\n"))
        #expect(text.contains("/.gitignore merge=union\n"))
    }

    @Test("a user's own lines are kept, missing ones added, and a complete file left alone")
    func completing() {
        let mine = "*.png binary\n.lock"
        let completed = SyncSupportFiles.ignore.completing(mine) ?? ""
        #expect(completed.hasPrefix("*.png binary\n.lock\n"))
        #expect(completed.split(separator: "\n").filter { $0 == ".lock" }.count == 1)
        #expect(completed.contains("*.draft*\n"))
        #expect(SyncSupportFiles.ignore.completing(completed) == nil)
    }

    @Test("git ignores the lock, temp files and drafts, and keeps month files and conflict copies")
    func ignoredByGit() throws {
        let dir = TemporaryDirectory()
        _ = try CommandRunner.run(["git", "init", "-q", dir.path])
        try Data((SyncSupportFiles.ignore.completing(nil) ?? "").utf8).write(to: URL(fileURLWithPath: dir.appending(".gitignore")))
        let ignored = [".lock", ".tend-sync.lock", "2026/.2026-11.jsonl.4242.1a2b.tmp", ".thanks.draft", "bedtime.draft.json", "x.tmp"]
        let kept = ["2026/2026-11.jsonl", "2026/2026-11.sync-conflict-20261124-101010-ABCDEF.jsonl", ".gitattributes", "notes.txt"]
        for name in ignored + kept {
            let result = try CommandRunner.run(["git", "-C", dir.path, "check-ignore", "-q", "--no-index", name])
            #expect((result.status == 0) == ignored.contains(name), "\(name)")
        }
    }
}
