import Foundation
import Testing
import TendTestSupport

/// Two people, each with a HOME of their own, sharing one folder (all in a
/// temporary folder, no network): what each sends goes into their own file
/// there, and the other's Tend reads it as letters.
@Suite("Letters between two people", .serialized)
struct LettersEndToEndTests {
    final class Pair {
        let binary: String
        let root: URL
        let share: String
        let sam: URL
        let ana: URL

        init(sharing: Bool = true, samConfig: String = "[me]\nname = \"Sam\"\n", anaConfig: String = "[me]\nname = \"Ana\"\n") throws {
            binary = try TendBinary.path()
            root = try TendBinary.freshHome()
            share = root.appendingPathComponent("Sync/sam-and-ana").path
            try FileManager.default.createDirectory(atPath: share, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            sam = root.appendingPathComponent("sam")
            ana = root.appendingPathComponent("ana")
            for (home, config) in [(sam, samConfig), (ana, anaConfig)] {
                let folder = home.appendingPathComponent(".config/tend")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                // Prompts that never come due, so no banner covers a line.
                let text = "[morning]\ndays = \"never\"\n[bedtime]\ndays = \"never\"\n" + config
                try Data(text.utf8).write(to: folder.appendingPathComponent("config.toml"))
            }
            if sharing {
                #expect(try run(sam, "people", "add", "Ana", "--share", share).status == 0)
                #expect(try run(ana, "people", "add", "Sam", "--share", share).status == 0)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// The pinned clock; a test moves it on where order matters (equal times sort by random ids).
        var now = "2026-11-23T21:40:00"

        func environment(_ home: URL) -> [String: String] {
            TendBinary.environment(home: home, extra: ["TEND_NOW": now])
        }

        @discardableResult
        func run(_ home: URL, _ arguments: String...) throws -> CommandResult {
            try CommandRunner.run([binary] + arguments, environment: environment(home))
        }

        func file(_ name: String) -> String { share + "/" + name }

        /// A file's bytes and modification time, to show who never wrote it.
        func stamp(_ name: String) -> String {
            var info = stat()
            guard stat(file(name), &info) == 0 else { return "missing" }
            let bytes = (try? String(contentsOfFile: file(name), encoding: .utf8)) ?? ""
            return "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_size) \(bytes)"
        }

        func letters(_ home: URL, _ extra: String...) throws -> [[String: Any]] {
            try CommandRunner.run([binary, "letters", "--json"] + extra, environment: environment(home)).stdout
                .split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }

        func records(_ home: URL) throws -> [[String: Any]] {
            try run(home, "log", "--json").stdout.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }
    }

    @Test("Sam sends (thanks --send, send ID); Ana's letters hold them; a resend adds nothing; her reply reaches him; neither writes the other's file")
    func exchange() throws {
        let pair = try Pair()
        let first = try pair.run(pair.sam, "thanks", "--to", "Ana", "You kept the soup warm for me.", "--send")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("In the folder you share with Ana. Their Tend shows it once the folder syncs."))
        let firstID = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        pair.now = "2026-11-23T21:41:00"
        let second = try pair.run(pair.sam, "thanks", "--to", "Ana", "You sang while you cooked.")
        let secondID = second.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let sent = try pair.run(pair.sam, "send", secondID)
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.contains("In the folder you share with Ana."))
        #expect(!FileManager.default.fileExists(atPath: pair.file("Ana.jsonl")))
        let samsFile = pair.stamp("Sam.jsonl")

        let letters = try pair.letters(pair.ana)
        #expect(letters.map { $0["id"] as? String } == [secondID, firstID], "newest first")
        #expect(letters.map { $0["text"] as? String } == ["You sang while you cooked.", "You kept the soup warm for me."])
        #expect(letters.allSatisfy { $0["from"] as? String == "Sam" && $0["read"] as? Bool == false && $0["hidden"] as? Bool == false })

        let again = try pair.run(pair.sam, "send", secondID, "--again")
        #expect(again.status == 0)
        #expect(again.stdout.contains("Ana has this one already, in the folder you share."))
        #expect(pair.stamp("Sam.jsonl") == samsFile, "a resend never duplicates, nor touches the file")
        let thanks = try pair.records(pair.sam).filter { $0["kind"] as? String == "appreciation" }
        #expect(thanks.allSatisfy { $0["via"] as? String == "share" }, "\(thanks)")

        let reply = try pair.run(pair.ana, "thanks", "--to", "sam", "You listened to the whole story.", "--send")
        #expect(reply.status == 0, "\(reply.stderr)")
        #expect(try pair.letters(pair.sam).map { $0["text"] as? String } == ["You listened to the whole story."])
        let read = try pair.run(pair.ana, "letters", "read", String(firstID.prefix(20)))
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("From Sam") && read.stdout.contains("You kept the soup warm for me."))
        #expect(try pair.letters(pair.ana).map { $0["read"] as? Bool } == [false, true])
        #expect(try pair.run(pair.ana, "letters", "hide", secondID).status == 0)
        #expect(try pair.letters(pair.ana).count == 1)
        #expect(try pair.letters(pair.ana, "--all").count == 2)
        let notes = try pair.records(pair.ana).compactMap { $0["kind"] as? String }.filter { $0.hasPrefix("letter-") }
        #expect(Set(notes) == ["letter-read", "letter-hidden"], "read and hidden are notes in her own journal")
        #expect(pair.stamp("Sam.jsonl") == samsFile, "Ana's Tend never wrote Sam's file")
        let anasFile = pair.stamp("Ana.jsonl")
        _ = try pair.run(pair.sam, "letters")
        _ = try pair.run(pair.sam, "doctor")
        #expect(pair.stamp("Ana.jsonl") == anasFile, "Sam's Tend never wrote Ana's file")
    }

    @Test("without [me] name, a send through the folder says what to add, exits 3, and stays unsent")
    func needsName() throws {
        let pair = try Pair(samConfig: "")
        let result = try pair.run(pair.sam, "thanks", "--to", "Ana", "You waited for me.", "--send")
        #expect(result.status == 3)
        #expect(result.stderr.contains("[me] name = \"Your name\""), "\(result.stderr)")
        #expect(result.stderr.contains("config.toml"))
        #expect(try pair.records(pair.sam).first?["sent"] == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: pair.share).isEmpty)
        #expect(try pair.run(pair.sam, "doctor").stdout.contains("there is no [me] name here"))
    }

    @Test("a torn line, a symlinked letters file and a world-readable folder: the rest still read, doctor names each, sending warns once")
    func damaged() throws {
        let pair = try Pair()
        #expect(try pair.run(pair.sam, "thanks", "--to", "Ana", "First.", "--send").status == 0)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: pair.file("Sam.jsonl")))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"v":1,"id":"torn","time":"2026-11-23T21:41:00+00:00","kind":"let"#.utf8))
        try handle.close()
        #expect(try pair.run(pair.sam, "thanks", "--to", "Ana", "Second.", "--send").status == 0)
        let elsewhere = pair.root.appendingPathComponent("elsewhere.jsonl").path
        try Data(#"{"v":1,"id":"x","time":"2026-11-23T21:41:00+00:00","kind":"letter","from":"Eve","to":"Ana","text":"hi","sent":"2026-11-23T21:41:00+00:00"}"#.utf8 + [0x0A])
            .write(to: URL(fileURLWithPath: elsewhere))
        try FileManager.default.createSymbolicLink(atPath: pair.file("Eve.jsonl"), withDestinationPath: elsewhere)
        chmod(pair.share, 0o755)

        let listed = try CommandRunner.run([pair.binary, "letters"], environment: pair.environment(pair.ana))
        #expect(listed.stdout.contains("From Sam (new): Second.") && listed.stdout.contains("From Sam (new): First."))
        #expect(!listed.stdout.contains("Eve"))
        #expect(listed.stderr.contains("tend doctor says what"))
        let doctor = try pair.run(pair.ana, "doctor")
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("\(pair.file("Sam.jsonl")):2: skipped: the JSON is broken"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("\(pair.file("Eve.jsonl")): a link"))
        #expect(doctor.stdout.contains("others on this computer can open this shared folder (mode 755); run: chmod 700 '\(pair.share)'"))
        let warned = try pair.run(pair.sam, "thanks", "--to", "Ana", "Third.", "--send")
        #expect(warned.status == 0)
        #expect(warned.stderr.components(separatedBy: "Others on this computer can open").count == 2, "once: \(warned.stderr)")
    }

    @Test("sealed with age: only Ana's key opens what Sam sent, and no plain words sit in the folder")
    func sealed() throws {
        let pair = try Pair(anaConfig: "[me]\nname = \"Ana\"\nage_identity = \"~/.config/tend/age.key\"\n")
        let key = try AgeKeys.make(in: pair.ana.appendingPathComponent(".config/tend"))
        #expect(try pair.run(pair.sam, "people", "add", "Ana", "--share", pair.share, "--age-recipient", key.recipient).status == 0)
        let sent = try pair.run(pair.sam, "thanks", "--to", "Ana", "Only for you 🌙", "--send")
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stderr.contains("Sealed with age, so only their key opens it."))
        let stored = try String(contentsOfFile: pair.file("Sam.jsonl"), encoding: .utf8)
        #expect(stored.contains("BEGIN AGE ENCRYPTED FILE") && !stored.contains("Only for you"))
        #expect(try pair.letters(pair.ana).first?["text"] as? String == "Only for you 🌙")
    }

    @Test("a shared folder that is a git repository syncs with tend sync on both sides, twice without change")
    func git() throws {
        let pair = try Pair(sharing: false)
        let remote = pair.root.appendingPathComponent("share.git").path
        let samClone = pair.root.appendingPathComponent("sam-share").path, anaClone = pair.root.appendingPathComponent("ana-share").path
        #expect(try CommandRunner.run(["git", "init", "-q", "--bare", remote]).status == 0)
        for clone in [samClone, anaClone] { #expect(try CommandRunner.run(["git", "clone", "-q", remote, clone]).status == 0) }
        #expect(try pair.run(pair.sam, "people", "add", "Ana", "--share", samClone).status == 0)
        #expect(try pair.run(pair.ana, "people", "add", "Sam", "--share", anaClone).status == 0)
        #expect(try pair.run(pair.sam, "thanks", "--to", "Ana", "Through git.", "--send").status == 0)
        #expect(try pair.run(pair.ana, "thanks", "--to", "Sam", "Back through git.", "--send").status == 0)
        let samSync = try pair.run(pair.sam, "sync")
        #expect(samSync.status == 0, "\(samSync.stderr)")
        let anaSync = try pair.run(pair.ana, "sync")
        #expect(anaSync.status == 0, "\(anaSync.stderr)")
        #expect(anaSync.stdout.contains("1 new from Sam, 1 sent."), "\(anaSync.stdout)")
        #expect(try pair.run(pair.sam, "sync").stdout.contains("1 new from Ana."))
        #expect(try pair.letters(pair.ana).map { $0["text"] as? String } == ["Through git."])
        #expect(try pair.letters(pair.sam).map { $0["text"] as? String } == ["Back through git."])
        let json = try pair.run(pair.ana, "sync", "--json").stdout
        #expect(json.contains(#""shares":[{"folder":"\#(anaClone)","with":["Sam"],"status":"synced","received":0,"sent":0"#), "\(json)")
        let log = try CommandRunner.run(["git", "-C", anaClone, "log", "--format=%s"]).stdout
        #expect(try pair.run(pair.ana, "sync").stdout.contains("nothing new either way"))
        #expect(try CommandRunner.run(["git", "-C", anaClone, "log", "--format=%s"]).stdout == log, "a second sync changes nothing")
    }

    @Test("in a real terminal: Ana's home says Sam wrote, l opens it, reading it quiets home, and only her journal changes")
    func home() throws {
        let pair = try Pair()
        #expect(try pair.run(pair.sam, "thanks", "--to", "Ana", "You fixed the gate before the rain.", "--send").status == 0)
        let samsFile = pair.stamp("Sam.jsonl")
        let app = try TmuxSession(command: pair.binary, environment: pair.environment(pair.ana))
        let line = try app.waitFor("✉ Sam wrote you something · i to read")
        #expect(line.found, "\(line.screen)")
        try app.press("i")
        let list = try app.waitFor("From Sam")
        #expect(list.found && list.screen.contains("new"), "\(list.screen)")
        try app.press("Enter")
        #expect(try app.waitFor("│ You fixed the gate before the rain.").found)
        try app.press("Escape")
        try app.press("Escape")
        let quiet = try app.waitFor("Good evening.")
        #expect(quiet.found && !quiet.screen.contains("wrote you something"), "\(quiet.screen)")
        try app.resize(width: 120, height: 40)
        #expect(try app.waitFor("Good evening.").found)
        try app.press("q")
        #expect(try app.waitForExit().contains("EXIT=0"))
        #expect(try pair.records(pair.ana).contains { $0["kind"] as? String == "letter-read" })
        #expect(pair.stamp("Sam.jsonl") == samsFile)
        #expect(try FileManager.default.contentsOfDirectory(atPath: pair.share).sorted() == [".Sam.lock", "Sam.jsonl"])
    }
}
