import Foundation
import Testing
import TendTestSupport

/// Sending in a real terminal and from the shell, with a fake send command
/// (a script that writes down its arguments and input) standing in for
/// signal-cli and friends.
@Suite("Sending in a real terminal", .serialized)
struct SendingEndToEndTests {
    /// A fresh home with prompts that never come due (so no banner covers a
    /// note), a bin folder first on PATH, and people.toml as given.
    struct Setup {
        let binary: String
        let home: URL
        let bin: String
        var env: [String: String]

        init(people: String = "", extra: [String: String] = [:]) throws {
            binary = try TendBinary.path()
            home = try TendBinary.freshHome()
            bin = home.appendingPathComponent("bin").path
            try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
            env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T21:40:00"].merging(extra) { $1 })
            env["PATH"] = bin + ":/usr/bin:/bin"
            let config = home.appendingPathComponent(".config/tend")
            try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
            try Data("[morning]\ndays = \"never\"\n[bedtime]\ndays = \"never\"\n".utf8).write(to: config.appendingPathComponent("config.toml"))
            if !people.isEmpty { try Data(people.utf8).write(to: config.appendingPathComponent("people.toml")) }
        }

        func run(_ arguments: String...) throws -> CommandResult {
            try CommandRunner.run([binary] + arguments, environment: env)
        }

        func run(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run([binary] + arguments, environment: env)
        }

        /// `tend log --json`, as objects.
        func records() throws -> [[String: Any]] {
            try run("log", "--json").stdout.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }

        var peopleFile: URL { home.appendingPathComponent(".config/tend/people.toml") }
    }

    static let people = """
        [people."Ana"]
        send = ["fake-send", "--to", "{name}", "{message}"]

        """

    static var invite: String {
        "I have started writing down one thing each evening that I am glad of in someone. This one was about you. If you like, try it too: it takes a minute."
    }

    @Test("the bedtime ritual through to sent: the message leaves as one argument, and the journal says so")
    func ritualSends() throws {
        let setup = try Setup(people: Self.people)
        let fake = try FakeCommand.make("fake-send", in: setup.bin)
        let app = try TmuxSession(command: setup.binary, environment: setup.env)
        #expect(try app.waitFor("Good evening.").found)
        try app.press("t")
        #expect(try app.waitFor("About").found)
        try app.type("Ana")
        try app.press("Enter")
        try app.type("You fixed my bike before work 🚲")
        try app.press("Enter")
        let offer = try app.waitFor("Send it to Ana?")
        #expect(offer.found, "\(offer.screen)")
        #expect(offer.screen.contains("│ You fixed my bike before work 🚲"))
        #expect(offer.screen.contains("It goes through fake-send, as people.toml says."))
        try app.press("Enter")
        let sent = try app.waitFor("Sent to Ana. Sleep well.")
        #expect(sent.found, "\(sent.screen)")
        try app.press("q")
        #expect(try app.waitForExit().contains("EXIT=0"))

        #expect(fake.arguments == ["--to", "Ana", "You fixed my bike before work 🚲\n\n" + Self.invite])
        let thanks = try setup.records().first { $0["kind"] as? String == "appreciation" }
        #expect(thanks?["via"] as? String == "command")
        #expect((thanks?["sent"] as? String)?.hasPrefix("2026-11-23T21:4") == true, "\(String(describing: thanks))")
        #expect(try setup.run("log").stdout.contains("Ana: You fixed my bike before work 🚲 · sent Mon 21:4"))
        let stats = try setup.run("stats", "--json").stdout
        let numbers = try JSONSerialization.jsonObject(with: Data(stats.utf8)) as? [String: Any]
        let thanksStats = numbers?["appreciations"] as? [String: Any]
        #expect(thanksStats?["sentThisWeek"] as? Int == 1, "\(stats)")
        #expect(try setup.run("stats").stdout.contains("sent 1 of 1 this week"))
        // people.toml was left as the user wrote it.
        #expect(try String(contentsOf: setup.peopleFile, encoding: .utf8) == Self.people)
    }

    @Test("a hostile message reaches the command as exactly one argument, unchanged, and runs nothing")
    func hostileMessage() throws {
        let setup = try Setup(people: Self.people)
        let fake = try FakeCommand.make("fake-send", in: setup.bin)
        let canary = setup.home.appendingPathComponent("pwned").path
        let text = "It's \"fine\" $(touch \(canary)) `touch \(canary)`;\nsecond line 👩🏽‍🚀 \u{1B}]52;c;aGk=\u{07} {name}"
        let result = try setup.run("thanks", "--to", "Ana", text, "--send")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1, "stdout keeps only the id: \(result.stdout)")
        #expect(fake.arguments.count == 3)
        #expect(fake.argumentBytes(2) == Array((text + "\n\n" + Self.invite).utf8))
        #expect(!FileManager.default.fileExists(atPath: canary))
        #expect(result.stderr.contains("Sent to Ana."))
        // The second message to Ana carries no invitation.
        // "ana" takes the spelling already in the journal.
        _ = try setup.run("thanks", "--to", "ana", "You waited for me.", "--send")
        #expect(fake.arguments == ["--to", "Ana", "You waited for me."])
    }

    @Test("a failing command leaves the appreciation saved and unsent: exit 3 with its id and the reason")
    func failingCommands() throws {
        let setup = try Setup(people: Self.people, extra: ["TEND_SEND_TIMEOUT": "1"])
        _ = try FakeCommand.make("fake-send", in: setup.bin, exitStatus: 1, stderr: "no network \u{1B}[2J")
        let failed = try setup.run("thanks", "--to", "Ana", "You kept the soup warm.", "--send")
        #expect(failed.status == 3)
        let id = failed.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(failed.stderr.contains("Not sent: fake-send stopped with status 1: no network ␛"), "\(failed.stderr)")
        #expect(failed.stderr.contains("It stays in your journal, not sent yet: \(id)."))
        #expect(!failed.stderr.contains("\u{1B}"))

        try FileManager.default.removeItem(atPath: setup.bin + "/fake-send")
        let missing = try setup.run("send", id)
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("Tend could not find fake-send on your PATH"), "\(missing.stderr)")

        _ = try FakeCommand.make("fake-send", in: setup.bin, sleeps: 30)
        let hanging = try setup.run("send", id)
        #expect(hanging.status == 3)
        #expect(hanging.stderr.contains("fake-send did not finish within 1 second, so Tend stopped it"), "\(hanging.stderr)")

        let thanks = try setup.records().first { $0["kind"] as? String == "appreciation" }
        #expect(thanks?["text"] as? String == "You kept the soup warm.")
        #expect(thanks?["sent"] == nil)
        let unsent = try setup.run("send", "--unsent")
        #expect(unsent.stdout.hasPrefix(id + "  Mon 2026-11-23 21:40  Ana: You kept the soup warm."), "\(unsent.stdout)")

        _ = try FakeCommand.make("fake-send", in: setup.bin)
        #expect(try setup.run("send", id).status == 0)
        #expect(try setup.run("send", "--unsent").stderr.contains("every appreciation has been sent"))
        let again = try setup.run("send", id)
        #expect(again.status == 1, "a resend asks; without a terminal it needs --again")
        #expect(again.stderr.contains("You sent this to Ana on Mon 23 Nov 2026, 21:40. Add --again to send it once more."))
        #expect(try setup.run("send", id, "--again").status == 0)
    }

    @Test("in the ritual, a failed send shows the reason; browse's s tries again once it is fixed")
    func failThenRetryInBrowse() throws {
        let setup = try Setup(people: Self.people)
        _ = try FakeCommand.make("fake-send", in: setup.bin, exitStatus: 1, stderr: "rate limited, try later")
        let app = try TmuxSession(command: "\(setup.binary) thanks", environment: setup.env)
        #expect(try app.waitFor("About").found)
        try app.type("Ana")
        try app.press("Enter")
        try app.type("You saved me a seat")
        try app.press("Enter")
        #expect(try app.waitFor("Send it to Ana?").found)
        try app.press("Enter")
        let failed = try app.waitFor("rate limited, try later")
        #expect(failed.found, "\(failed.screen)")
        #expect(failed.screen.contains("Not sent."))
        try app.press("Escape")
        #expect(try app.waitForExit().contains("EXIT=0"))

        let fake = try FakeCommand.make("fake-send", in: setup.bin)
        let browse = try TmuxSession(command: "\(setup.binary) browse", environment: setup.env)
        #expect(try browse.waitFor("All entries · 1").found)
        try browse.press("u")
        #expect(try browse.waitFor("Not sent yet · 1").found)
        try browse.press("s")
        #expect(try browse.waitFor("Send it to Ana?").found)
        try browse.press("Enter")
        let sent = try browse.waitFor("Sent to Ana.")
        #expect(sent.found, "\(sent.screen)")
        #expect(try browse.waitFor("Not sent yet · 0").found)
        try browse.press("q")
        #expect(fake.arguments.last?.hasPrefix("You saved me a seat\n\n") == true)
    }

    @Test("tend people add and remove edit people.toml in place, keeping comments")
    func peopleCommands() throws {
        let text = """
            # who I send to
            [people."Ana"]   # my sister
            send = ["fake-send", "{message}"]

            # the end

            """
        let setup = try Setup(people: text)
        let added = try setup.run(["people", "add", "José", "--email", "jose@example.org"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "José: email jose@example.org. Saved in \(setup.peopleFile.path).\n")
        let command = try setup.run(["people", "add", "Mum", "--stdin", "--send", "kdeconnect-cli", "--send-sms", "{message}", "--destination", "+4930555"])
        #expect(command.status == 0, "\(command.stderr)")
        let removed = try setup.run(["people", "remove", "ana"])
        #expect(removed.stdout == "Removed Ana from \(setup.peopleFile.path).\n")
        #expect(try String(contentsOf: setup.peopleFile, encoding: .utf8) == """
            # who I send to

            # the end

            [people."José"]
            email = "jose@example.org"

            [people."Mum"]
            send = ["kdeconnect-cli", "--send-sms", "{message}", "--destination", "+4930555"]
            stdin = true

            """)
        let listed = try setup.run("people")
        #expect(listed.stdout.hasPrefix("José  email jose@example.org\nMum   kdeconnect-cli --send-sms {message} --destination +4930555"), "\(listed.stdout)")
        let attributes = try FileManager.default.attributesOfItem(atPath: setup.peopleFile.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let refused = try setup.run("people", "remove", "Zed")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("has no one called Zed"))
    }

    @Test("with no way set up the message is copied through the first tool that works, honestly")
    func clipboard() throws {
        let setup = try Setup(extra: ["WAYLAND_DISPLAY": "wayland-0"])
        let wl = try FakeCommand.make("wl-copy", in: setup.bin)
        let copied = try setup.run("thanks", "--to", "Sam", "You held the door", "--send")
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stderr.contains("Copied. Paste it into a message to Sam."))
        #expect(copied.stderr.contains("tend people add Sam --email ADDRESS"))
        #expect(wl.input == "You held the door\n\n" + Self.invite)
        #expect(try setup.records().first?["via"] as? String == "clipboard")
        // The commented example was written on first use.
        #expect(try String(contentsOf: setup.peopleFile, encoding: .utf8).hasPrefix("# Who Tend can send your appreciations to"))

        var bare = try Setup()
        bare.env["PATH"] = "/nowhere"
        let nothing = try bare.run("thanks", "--to", "Sam", "You held the door", "--send")
        #expect(nothing.status == 3)
        #expect(nothing.stderr.contains("Nothing here can reach a clipboard"), "\(nothing.stderr)")
        #expect(try bare.records().first?["sent"] == nil)

        // With a terminal and no tool, only OSC 52 is left, and the words say so.
        let id = nothing.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let tty = try TmuxSession(command: "\(bare.binary) send \(id)", environment: bare.env)
        let asked = try tty.waitFor("Sent to the terminal's clipboard (some terminals ignore this)")
        #expect(asked.found, "\(asked.screen)")
    }
}
