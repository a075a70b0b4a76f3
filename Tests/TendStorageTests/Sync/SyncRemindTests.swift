import Foundation
import Testing
import TendCore
import TendStorage
import TendTestSupport

/// `[sync] every_minutes` makes `tend remind` sync, no more often than that.
@Suite("Sync: from tend remind")
struct SyncRemindTests {
    @Test("tend remind --once syncs when it is due, then waits every_minutes; 0 leaves it to the app")
    func remindSyncs() throws {
        let lab = try SyncLab()
        try lab.tend("a", ["sync", "init"], [lab.remote])
        try lab.tend("b", ["sync", "init"], [lab.remote])
        #expect(Disk.text(lab.root.appending("a.toml")).contains("[sync]\nevery_minutes = 30\n"))
        // Past the last sync's time, so the next one is due.
        let marker = lab.data("a") + "/.git/tend-sync.lock"
        var old = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, marker, &old, 0) == 0)
        try lab.thanks("a", "Ana", "You set the table")
        let remind = try lab.tend("a", ["remind"], ["--once"], now: "2026-11-23T12:00:00")
        #expect(remind.status == 0, "\(remind.stderr)")
        #expect(try lab.sync("b").stdout == "1 new from the other device.\n")
        // Just synced: the next remind leaves it for later.
        try lab.thanks("a", "Kim", "You fixed the lamp")
        try lab.tend("a", ["remind"], ["--once"], now: "2026-11-23T12:01:00")
        #expect(try lab.sync("b").stdout == "All in sync: nothing new on either side.\n")
        // every_minutes = 0: the app syncs, remind never does.
        Disk.write("[sync]\nevery_minutes = 0\n", to: lab.root.appending("a.toml"))
        #expect(utimensat(AT_FDCWD, marker, &old, 0) == 0)
        try lab.tend("a", ["remind"], ["--once"], now: "2026-11-23T12:02:00")
        #expect(try lab.sync("b").stdout == "All in sync: nothing new on either side.\n")
    }
}
