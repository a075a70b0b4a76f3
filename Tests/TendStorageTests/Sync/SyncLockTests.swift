import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendStorage
import TendTestSupport

/// A sync commits and merges under the journal's own lock, so a line being
/// written (by the app, by `tend remind`) is never committed half done.
@Suite("Sync: the journal's lock")
struct SyncLockTests {
    @Test("a sync waits for a writer holding the lock, and commits its line whole")
    func waitsForWriter() throws {
        let lab = try SyncLab()
        try lab.thanks("a", "Ana", "You held the door")
        try lab.tend("a", ["sync", "init"], [lab.remote])
        let record = Record(.appreciation(Appreciation(person: "Kim", text: "You waited for me")),
                            at: LocalTime(Date(timeIntervalSince1970: 1_795_000_000), in: Zone.utc))
        let line = record.jsonLine + [0x0A]
        let marker = lab.data("a") + "/.git/tend-sync.lock"
        let before = Self.modified(marker)
        var child: ProcessRunner.Running?
        var endedWhileLocked = false
        try FileLock.withLock(in: lab.data("a")) { () throws(StorageError) in
            // A writer halfway through its line, as if the app were saving.
            let handle = FileHandle(forWritingAtPath: lab.month("a"))
            handle?.seekToEndOfFile()
            handle?.write(Data(line.prefix(line.count / 2)))
            child = try? ProcessRunner.start([lab.binary, "sync", "--data-dir", lab.data("a")],
                                             environment: TendBinary.environment(home: lab.home), timeLimit: 60)
            // Let the sync get as far as the journal's lock before the line is finished.
            var tries = 0
            while Self.modified(marker) == before, tries < 500 { usleep(10_000); tries += 1 }
            usleep(300_000)
            endedWhileLocked = child?.poll() != nil
            handle?.write(Data(line.dropFirst(line.count / 2)))
            try? handle?.close()
        }
        #expect(!endedWhileLocked, "the sync must wait while a writer holds the lock")
        let output = try #require(child).wait()
        #expect(output.succeeded, "\(output.stderrText)")
        let lines = try lab.git("a", ["show", "HEAD:2026/2026-11.jsonl"]).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { (try? Record(line: Array($0.utf8))) != nil }, "\(lines)")
        try lab.tend("b", ["sync", "init"], [lab.remote])
        #expect(try lab.loggedIDs("b").contains(record.id.description))
    }

    @Test("syncs while another process keeps appending: every entry arrives whole on the other side")
    func appendsDuringSyncs() throws {
        let lab = try SyncLab()
        try lab.thanks("a", "Ana", "You started it")
        try lab.tend("a", ["sync", "init"], [lab.remote])
        try lab.tend("b", ["sync", "init"], [lab.remote])
        let script = """
            ( for i in $(seq 40); do "$TEND" thanks --data-dir "$A" --to "W" "note $i" >/dev/null || echo FAIL; done ) &
            for i in 1 2 3 4; do "$TEND" sync --data-dir "$A" --quiet || echo SYNCFAIL; done
            wait
            "$TEND" sync --data-dir "$A" --quiet || echo SYNCFAIL
            """
        let environment = TendBinary.environment(home: lab.home, extra: ["TEND": lab.binary, "A": lab.data("a")])
        let result = try CommandRunner.run(["/bin/bash", "-c", script], environment: environment)
        #expect(!result.stdout.contains("FAIL"), "\(result.stdout) \(result.stderr)")
        #expect(try lab.sync("b").status == 0)
        #expect(try lab.loggedIDs("b").count == 41)
        #expect(try lab.export("b") == lab.export("a"))
        for device in ["a", "b"] { #expect(try lab.tend(device, ["doctor"]).status == 0) }
    }

    static func modified(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec
    }
}
