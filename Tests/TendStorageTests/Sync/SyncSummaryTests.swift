import Testing
import TendStorage

/// The one line `tend sync` prints, and its JSON.
@Suite("Sync: the summary")
struct SyncSummaryTests {
    @Test("both directions, one, or neither")
    func lines() {
        #expect(SyncSummary(state: .synced, received: 3, sent: 2).text == "3 new from the other device, 2 sent.")
        #expect(SyncSummary(state: .synced, received: 1).text == "1 new from the other device.")
        #expect(SyncSummary(state: .synced, sent: 2).text == "2 sent; nothing new from the other device.")
        #expect(SyncSummary(state: .synced).text == "All in sync: nothing new on either side.")
    }

    @Test("a folder without a remote says how to add one")
    func local() {
        let text = SyncSummary(state: .local, committed: 4).text
        #expect(text.hasPrefix("4 kept in git here"))
        #expect(text.contains("tend sync init REMOTE"))
    }

    @Test("the JSON carries the counts and the message")
    func json() {
        let line = String(decoding: SyncSummary(state: .synced, received: 3, sent: 2, committed: 2, remote: "/m/t.git").jsonLine, as: UTF8.self)
        #expect(line == #"{"status":"synced","received":3,"sent":2,"committed":2,"remote":"/m/t.git","message":"3 new from the other device, 2 sent."}"#)
    }

    @Test("a failure's JSON names the problem and whether it will likely pass")
    func failure() {
        let line = String(decoding: SyncError.unreachable(remote: "desk:t.git", detail: "no route").jsonLine, as: UTF8.self)
        #expect(line.hasPrefix(#"{"status":"failed","problem":"unreachable","passing":true,"message":"Couldn't reach desk:t.git (no route)."#))
    }

    @Test("every problem keeps the journal and says what to do, without exclamation marks")
    func voice() {
        let errors: [SyncError] = [
            .gitMissing, .notSetUp(directory: "/d"), .unfinishedMerge(directory: "/d", files: ["a"]), .detachedHead(directory: "/d"),
            .conflictMarkers(path: "/d/2026/2026-11.jsonl", line: 3), .monthFileMissing(directory: "/d", file: "2026/2026-11.jsonl"),
            .unreachable(remote: "r", detail: ""), .authenticationRefused(remote: "r", detail: "", directory: "/d"),
            .remoteNotFound(remote: "r", detail: ""), .remoteIsCheckedOut(remote: "r"), .pushRejected(remote: "r", detail: ""),
            .mergeFailed(directory: "/d", ref: "origin/main", files: ["notes.txt"]), .timedOut(step: "fetch", seconds: 120),
            .otherRemote(directory: "/d", current: "a", asked: "b"), .invalidRemote("-x"), .interrupted, .busy(directory: "/d"), .gitFailed(step: "commit", detail: "x"),
        ]
        #expect(Set(errors.map(\.code)).count == errors.count)
        for error in errors {
            #expect(!error.description.contains("!"), "\(error.code)")
            #expect(error.description.hasSuffix("."), "\(error.code)")
        }
    }
}
