import Foundation
import Testing
import TendCore
import TendStorage
import TendTestSupport

/// Whatever stops a sync, the person reads what happened and what to do,
/// the journal is as it was, and the next sync picks up where it stopped.
@Suite("Sync: never lose a word")
struct SyncFailureTests {
    /// Two devices set up and in sync, with one entry each.
    func twoDevices() throws -> SyncLab {
        let lab = try SyncLab()
        try lab.thanks("a", "Ana", "You saved me a seat")
        try lab.tend("a", ["sync", "init"], [lab.remote])
        try lab.tend("b", ["sync", "init"], [lab.remote])
        return lab
    }

    @Test("no remote reachable: a calm message, the entry kept and committed, sent on the next sync")
    func unreachable() throws {
        let lab = try twoDevices()
        let id = try lab.thanks("a", "Kim", "You stayed")
        let before = try lab.export("a")
        try lab.git("a", ["remote", "set-url", "origin", "http://127.0.0.1:9/tend.git"])
        let result = try lab.sync("a")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Couldn't reach http://127.0.0.1:9/tend.git"), "\(result.stderr)")
        #expect(result.stderr.contains("the next tend sync sends them"))
        #expect(try lab.export("a") == before)
        #expect(try lab.git("a", ["status", "--porcelain"]).isEmpty)
        try lab.git("a", ["remote", "set-url", "origin", lab.remote])
        #expect(try lab.sync("a").stdout == "1 sent; nothing new from the other device.\n")
        #expect(try lab.sync("b").stdout == "1 new from the other device.\n")
        #expect(try lab.loggedIDs("b").contains(id))
    }

    @Test("a USB stick not plugged in: says there is no repository there")
    func missingDisk() throws {
        let lab = try twoDevices()
        try FileManager.default.moveItem(atPath: lab.remote, toPath: lab.remote + ".away")
        let result = try lab.sync("a", ["--json"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix(#"{"status":"failed","problem":"remote-not-found","passing":false"#), "\(result.stdout)")
        #expect(result.stdout.contains("Is the disk plugged in"))
        try FileManager.default.moveItem(atPath: lab.remote + ".away", toPath: lab.remote)
        #expect(try lab.sync("a").status == 0)
    }

    @Test("authentication refused: no password prompt, a message about keys, the journal untouched")
    func authentication() throws {
        let lab = try twoDevices()
        let ssh = lab.root.appending("refusing-ssh")
        try FakeCommand.write("#!/bin/sh\necho 'git@desk: Permission denied (publickey).' >&2\nexit 255\n", to: ssh)
        chmod(ssh, 0o755)
        try lab.git("a", ["remote", "set-url", "origin", "git@desk:tend.git"])
        try lab.thanks("a", "Kim", "You asked how it went")
        let before = lab.snapshot("a")
        let result = try lab.sync("a", extra: ["GIT_SSH": ssh])
        #expect(result.status == 1)
        #expect(result.stderr.contains("git@desk:tend.git didn't accept this device (git@desk: Permission denied (publickey).)"), "\(result.stderr)")
        #expect(result.stderr.contains("Tend never asks for a password"))
        #expect(lab.snapshot("a") == before)
    }

    @Test("Ctrl-C during a fetch that hangs: the fetch is stopped, the sync says so, the journal as it was")
    func interrupted() throws {
        let lab = try twoDevices()
        let pidFile = lab.root.appending("ssh.pid")
        let ssh = lab.root.appending("hanging-ssh")
        try FakeCommand.write("#!/bin/sh\necho $$ > '\(pidFile)'\nexec sleep 60\n", to: ssh)
        chmod(ssh, 0o755)
        try lab.git("a", ["remote", "set-url", "origin", "git@desk:tend.git"])
        let before = lab.snapshot("a")
        var environment = TendBinary.environment(home: lab.home)
        environment["GIT_SSH"] = ssh
        let sync = try ProcessRunner.start([lab.binary, "sync", "--data-dir", lab.data("a")], environment: environment, timeLimit: 60)
        var tries = 0
        while !FileManager.default.fileExists(atPath: pidFile), tries < 1000 { usleep(10_000); tries += 1 }
        usleep(50_000)
        kill(sync.pid, SIGINT)
        let output = sync.wait()
        #expect(output.status == 130)
        #expect(output.stderrText.contains("Stopped before the end. Your journal is as it was"), "\(output.stderrText)")
        let sshPID = pid_t(Disk.text(pidFile).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        usleep(200_000)
        #expect(sshPID > 0 && !Self.isRunning(sshPID), "the hanging ssh was stopped with the fetch")
        #expect(lab.snapshot("a") == before)
    }

    /// Alive and not a zombie (a container's first process may never reap it).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        let stat = Disk.text("/proc/\(pid)/stat")
        guard let state = stat.split(separator: ")").last?.split(separator: " ").first else { return true }
        return state != "Z" && state != "X"
    }

    @Test("git not installed: says so, and nothing changes")
    func noGit() throws {
        let lab = try twoDevices()
        try lab.thanks("a", "Kim", "You remembered")
        let before = lab.snapshot("a")
        let head = try lab.head("a")
        for command in [["sync"], ["sync", "init"]] {
            let result = try lab.tend("a", command, path: "/nonexistent-bin")
            #expect(result.status == 1)
            #expect(result.stderr.contains("Syncing needs git, and git isn't installed here"), "\(result.stderr)")
        }
        #expect(lab.snapshot("a") == before)
        #expect(try lab.head("a") == head)
        let doctor = try lab.tend("a", ["doctor"], path: "/nonexistent-bin")
        #expect(doctor.stdout.contains("git isn't installed"), "\(doctor.stdout)")
    }

    @Test("a conflict marker written by hand: named with its line, not synced, the journal still read")
    func conflictMarker() throws {
        let lab = try twoDevices()
        try lab.thanks("a", "Kim", "You brought soup")
        let handle = try #require(FileHandle(forWritingAtPath: lab.month("a")))
        handle.seekToEndOfFile()
        handle.write(Data("<<<<<<< HEAD\n".utf8))
        try handle.close()
        let head = try lab.head("a")
        let result = try lab.sync("a")
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(lab.month("a")), line 3, holds a merge marker"), "\(result.stderr)")
        #expect(try lab.head("a") == head)
        #expect(try lab.loggedIDs("a").count == 2)
        let doctor = try lab.tend("a", ["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("\(lab.month("a")):3: a merge marker"))
        // Deleting the marker line is all it takes.
        let text = Disk.text(lab.month("a")).replacingOccurrences(of: "<<<<<<< HEAD\n", with: "")
        Disk.write(text, to: lab.month("a"))
        #expect(try lab.sync("a").stdout == "1 sent; nothing new from the other device.\n")
    }

    @Test("a merge git cannot do (a file changed by hand on both sides): undone, explained, the journal as it was")
    func unmergeable() throws {
        let lab = try twoDevices()
        Disk.write("one\n", to: lab.data("a") + "/notes.txt")
        try lab.sync("a")
        try lab.sync("b")
        Disk.write("two from a\n", to: lab.data("a") + "/notes.txt")
        try lab.sync("a")
        Disk.write("two from b\n", to: lab.data("b") + "/notes.txt")
        try lab.thanks("b", "Lee", "You drove me home")
        let before = lab.snapshot("b")
        let result = try lab.sync("b")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Git couldn't merge notes.txt on its own"), "\(result.stderr)")
        #expect(result.stderr.contains("git merge origin/main"))
        #expect(!FileManager.default.fileExists(atPath: lab.data("b") + "/.git/MERGE_HEAD"))
        // Everything written here is still here (now committed), byte for byte.
        #expect(lab.snapshot("b") == before)
        #expect(try lab.git("b", ["status", "--porcelain"]).isEmpty)
        // Resolved by hand, the next sync goes on from there.
        #expect(try CommandRunner.run(["git", "-C", lab.data("b"), "-c", "user.name=t", "-c", "user.email=t@t", "merge", "-q", "origin/main"]).status != 0)
        Disk.write("two, merged\n", to: lab.data("b") + "/notes.txt")
        _ = try CommandRunner.run(["git", "-C", lab.data("b"), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "merged"])
        #expect(try lab.sync("b").status == 0)
        #expect(try lab.sync("a").stdout == "1 new from the other device.\n")
    }

    @Test("a month file deleted from the folder is not deleted everywhere")
    func deletedMonth() throws {
        let lab = try twoDevices()
        try FileManager.default.removeItem(atPath: lab.month("a"))
        let result = try lab.sync("a")
        #expect(result.status == 1)
        #expect(result.stderr.contains("2026/2026-11.jsonl is missing from"), "\(result.stderr)")
        #expect(try lab.git("b", ["ls-files"]).contains("2026/2026-11.jsonl"))
        try lab.git("a", ["checkout", "--", "2026/2026-11.jsonl"])
        #expect(try lab.sync("a").status == 0)
        #expect(try lab.loggedIDs("a").count == 1)
    }

    @Test("a detached HEAD or a half-done merge: what to type, and nothing synced")
    func repositoryState() throws {
        let lab = try twoDevices()
        try lab.git("a", ["checkout", "-q", "--detach"])
        let detached = try lab.sync("a")
        #expect(detached.status == 1)
        #expect(detached.stderr.contains("isn't on a branch"), "\(detached.stderr)")
        #expect(try lab.tend("a", ["doctor"]).stdout.contains("detached HEAD"))
        try lab.git("a", ["checkout", "-q", "main"])
        #expect(try lab.sync("a").status == 0)
        // A merge started by hand and left with a conflict.
        try lab.sync("b")
        Disk.write("from a\n", to: lab.data("a") + "/notes.txt")
        try lab.sync("a")
        Disk.write("from b\n", to: lab.data("b") + "/notes.txt")
        let identity = ["-c", "user.name=t", "-c", "user.email=t@t"]
        try lab.git("b", identity + ["add", "notes.txt"])
        try lab.git("b", identity + ["commit", "-qm", "mine"])
        try lab.git("b", ["fetch", "-q"])
        try lab.git("b", identity + ["merge", "-q", "origin/main"])
        let halfDone = try lab.sync("b")
        #expect(halfDone.status == 1)
        #expect(halfDone.stderr.contains("was left half done (in notes.txt)"), "\(halfDone.stderr)")
        let doctor = try lab.tend("b", ["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("a git merge was left half done (in notes.txt); tend sync waits until it is finished"), "\(doctor.stdout)")
        try lab.git("b", ["merge", "--abort"])
        #expect(try lab.tend("b", ["doctor"]).status == 0)
    }

    @Test("a data folder inside another repository (dotfiles in HOME) is not set up, and that repository is left alone")
    func nestedRepository() throws {
        let lab = try SyncLab()
        _ = try CommandRunner.run(["git", "init", "-q", lab.root.path])
        try lab.thanks("a", "Ana", "You called back")
        let result = try lab.sync("a")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Sync isn't set up for \(lab.data("a")) yet"), "\(result.stderr)")
        #expect(try CommandRunner.run(["git", "-C", lab.root.path, "rev-parse", "-q", "--verify", "HEAD"]).status != 0)
        #expect(try CommandRunner.run(["git", "-C", lab.root.path, "ls-files"]).stdout.isEmpty)
    }

    @Test("a remote that reads as an option is refused before git sees it")
    func optionAsRemote() throws {
        let lab = try SyncLab()
        let result = try lab.tend("a", ["sync", "init"], ["--", "--upload-pack=touch /tmp/tend-pwned"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("isn't an address git can use"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: lab.data("a") + "/.git"))
    }

    @Test("init with a different remote than the folder has: refused with the command to change it")
    func otherRemote() throws {
        let lab = try twoDevices()
        let result = try lab.tend("a", ["sync", "init"], [lab.root.appending("other.git")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("already syncs with \(lab.remote)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: lab.root.appending("other.git")))
    }
}
