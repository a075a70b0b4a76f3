import Foundation
import Testing
import TendCore
import TendStorage
import TendTestSupport

/// Two devices and a bare repository: whatever each writes, a sync on each
/// (twice) leaves both with the same journal, and a sync with nothing new
/// changes nothing.
@Suite("Sync: two devices converge")
struct SyncConvergenceTests {
    @Test("appends and edits on both sides, synced on each twice: equal histories, no duplicate ids")
    func converge() throws {
        let lab = try SyncLab()
        let a1 = try lab.thanks("a", "Ana", "You kept the soup warm", now: "2026-11-20T21:30:00")
        try lab.thanks("a", "Kim", "You called when it mattered", now: "2026-11-21T21:30:00")
        let setUp = try lab.tend("a", ["sync", "init"], [lab.remote])
        #expect(setUp.status == 0, "\(setUp.stderr)")
        #expect(setUp.stdout.contains("2 sent"))
        // b has entries of its own before it joins: the two histories are joined.
        let b1 = try lab.thanks("b", "Lee", "You fixed my bike", now: "2026-11-22T08:00:00")
        let join = try lab.tend("b", ["sync", "init"], [lab.remote])
        #expect(join.status == 0, "\(join.stderr)")
        #expect(join.stdout.contains("2 new from the other device, 1 sent."), "\(join.stdout)")

        // Both sides write, edit and delete at the same time.
        try lab.thanks("a", "Ana", "You listened all evening", now: "2026-11-23T21:00:00")
        try lab.importLine("a", #"{"v":1,"id":"20261123-220000-aaaaaa","time":"2026-11-23T22:00:00+00:00","kind":"edit","target":"\#(b1)","set":{"text":"You fixed my bike, twice"}}"#)
        try lab.thanks("b", "Sam", "You made tea", now: "2026-11-23T20:00:00")
        try lab.importLine("b", #"{"v":1,"id":"20261123-220100-bbbbbb","time":"2026-11-23T22:01:00+00:00","kind":"delete","target":"\#(a1)"}"#)

        for device in ["a", "b", "a", "b"] {
            let result = try lab.sync(device)
            #expect(result.status == 0, "\(device): \(result.stderr)")
        }
        let exportA = try lab.export("a"), exportB = try lab.export("b")
        #expect(exportA == exportB)
        // The JSON export carries every line (the edit and the delete too); the entries as they stand are four.
        let entriesA = try lab.tend("a", ["export"], ["--format", "markdown"]).stdout
        #expect(entriesA.contains("You fixed my bike, twice"))
        #expect(!entriesA.contains("You kept the soup warm"))
        #expect(entriesA.components(separatedBy: "\n- **").count - 1 == 4, "\(entriesA)")
        for device in ["a", "b"] {
            let ids = try lab.loggedIDs(device)
            #expect(ids.count == 4 && Set(ids).count == ids.count, "\(device): \(ids)")
            let doctor = try lab.tend(device, ["doctor"])
            #expect(doctor.status == 0, "\(device): \(doctor.stdout)")
        }
        #expect(try lab.head("a") == lab.head("b"))
    }

    @Test("a second sync with nothing new changes nothing: same HEAD, no empty commit")
    func idempotent() throws {
        let lab = try SyncLab()
        try lab.thanks("a", "Ana", "You waited for me")
        try lab.tend("a", ["sync", "init"], [lab.remote])
        try lab.tend("b", ["sync", "init"], [lab.remote])
        try lab.thanks("b", "Kim", "You laughed at my joke")
        try lab.sync("b")
        try lab.sync("a")
        let heads = try (lab.head("a"), lab.head("b"))
        let files = (lab.snapshot("a"), lab.snapshot("b"))
        for device in ["a", "b", "a"] {
            let again = try lab.sync(device)
            #expect(again.status == 0)
            #expect(again.stdout == "All in sync: nothing new on either side.\n")
        }
        #expect(try (lab.head("a"), lab.head("b")) == heads)
        #expect(try CommandRunner.run(["git", "-C", lab.remote, "rev-parse", "main"]).stdout.hasPrefix(heads.0))
        #expect(lab.snapshot("a") == files.0)
        #expect(lab.snapshot("b") == files.1)
    }

    @Test("a new, empty device takes the remote's history as it is")
    func emptyDevice() throws {
        let lab = try SyncLab()
        try lab.thanks("a", "Ana", "You carried the boxes")
        try lab.tend("a", ["sync", "init"], [lab.remote])
        let result = try lab.tend("c", ["sync", "init"], [lab.remote])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("took the history"))
        #expect(try lab.head("c") == lab.head("a"))
        #expect(try lab.export("c") == lab.export("a"))
        #expect(Disk.mode(lab.month("c")) == 0o600)
        #expect(Disk.mode(lab.data("c") + "/2026") == 0o700)
        // The bare repository Tend made names main as its HEAD: a plain git clone checks it out.
        let clone = lab.root.appending("clone")
        #expect(try CommandRunner.run(["git", "clone", "-q", lab.remote, clone]).status == 0)
        #expect(Disk.text(clone + "/2026/2026-11.jsonl") == Disk.text(lab.month("a")))
        // It turned syncing on in that device's config.
        #expect(Disk.text(lab.root.appending("c.toml")).contains("[sync]\nevery_minutes = 30\n"))
    }

    @Test("--json and --quiet, for scripts and for the app")
    func outputs() throws {
        let lab = try SyncLab()
        try lab.tend("a", ["sync", "init"], [lab.remote])
        try lab.tend("b", ["sync", "init"], [lab.remote])
        try lab.thanks("a", "Ana", "You noticed")
        #expect(try lab.sync("a", ["--quiet"]).stdout.isEmpty)
        let json = try lab.sync("b", ["--json"]).stdout
        #expect(json.hasPrefix(#"{"status":"synced","received":1,"sent":0,"committed":0,"remote":""#), "\(json)")
    }

    @Test("the first commits carry Tend's identity when the user has none, and the ignore and attribute files")
    func firstCommit() throws {
        let lab = try SyncLab()
        try lab.thanks("a", "Ana", "You came early")
        try lab.tend("a", ["sync", "init"])
        #expect(try lab.git("a", ["log", "-1", "--format=%an <%ae>"]) == "Tend <tend@localhost>")
        let tracked = try lab.git("a", ["ls-files"]).split(separator: "\n").map(String.init)
        #expect(tracked == [".gitattributes", ".gitignore", "2026/2026-11.jsonl"])
        let local = try lab.sync("a")
        #expect(local.status == 0 && local.stdout.contains("no remote"))
    }
}
