import Foundation
import Testing
import TendTestSupport

/// Prompts at their time, in the app and from `tend remind`, exactly once.
@Suite("Scheduled prompts in a real terminal", .serialized)
struct SchedulerEndToEndTests {
    /// A HOME whose notify command is a script that writes its arguments to
    /// a file, one line per notification (no shell between tend and it).
    func homeWithNotifyScript(exitStatus: Int = 0, extraConfig: String = "") throws -> (home: URL, notified: URL) {
        let home = try TendBinary.freshHome()
        let script = try writeScript(in: home, exitStatus: exitStatus)
        try writeConfig(home, "[reminders]\nnotify_command = [\"\(script)\", \"--from\", \"tend\"]\n" + extraConfig)
        return (home, home.appendingPathComponent("notified.txt"))
    }

    /// `<home>/my notify.sh`, which appends its arguments to `<home>/notified.txt`.
    @discardableResult
    func writeScript(in home: URL, exitStatus: Int) throws -> String {
        let notified = home.appendingPathComponent("notified.txt").path
        let script = home.appendingPathComponent("my notify.sh")
        try FakeCommand.write("""
        #!/bin/sh
        for word in "$@"; do printf '%s|' "$word"; done >> '\(notified)'
        echo >> '\(notified)'
        [ \(exitStatus) = 0 ] || echo "cannot open display :0" >&2
        exit \(exitStatus)
        """, to: script.path)
        chmod(script.path, 0o700)
        return script.path
    }

    func writeConfig(_ home: URL, _ toml: String) throws {
        let config = home.appendingPathComponent(".config/tend")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try toml.write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    }

    func notifications(_ file: URL) -> [String] {
        ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    func remindOnce(_ home: URL, at now: String) throws -> CommandResult {
        try CommandRunner.run([try TendBinary.path(), "remind", "--once"],
                              environment: TendBinary.environment(home: home, extra: ["TEND_NOW": now]))
    }

    func promptsOffered(_ home: URL) throws -> [Substring] {
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T23:00:00"])
        return try CommandRunner.run([try TendBinary.path(), "log", "--kind", "prompt", "--json"], environment: env)
            .stdout.split(separator: "\n")
    }

    @Test("a few seconds before 07:30 the banner appears on time, and Enter opens the check-in")
    func bannerInTheApp() throws {
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T07:29:57"])
        let app = try TmuxSession(command: try TendBinary.path(), environment: env)
        #expect(try app.waitFor("Good morning.").found)
        #expect(!(try app.capture()).contains("◆"))
        let banner = try app.waitFor("◆ Morning check-in · 07:30", timeout: 8)
        #expect(banner.found, "\(banner.screen)")
        try app.press("Enter")
        #expect(try app.waitFor("How do you feel this morning?").found)
    }

    @Test("tend remind --once runs the notify command with argv, no shell, for what is due, once")
    func remindOnce() throws {
        let (home, notified) = try homeWithNotifyScript()
        #expect(try remindOnce(home, at: "2026-11-23T07:30:05").status == 0)
        #expect(try remindOnce(home, at: "2026-11-23T07:30:05").status == 0)
        let lines = notifications(notified)
        #expect(lines == ["--from|tend|Tend|Morning check-in · 07:30|"], "\(lines)")
    }

    @Test("the string form is split into words without a shell: quotes group, nothing is expanded")
    func stringForm() throws {
        let (home, notified) = try homeWithNotifyScript()
        let script = home.appendingPathComponent("my notify.sh").path
        try writeConfig(home, "[reminders]\nnotify_command = \"'\(script)' --title 'two words' $HOME\"\n")
        #expect(try remindOnce(home, at: "2026-11-23T07:30:05").status == 0)
        #expect(notifications(notified) == ["--title|two words|$HOME|Tend|Morning check-in · 07:30|"])
    }

    @Test("a run at exactly +120 s, as cron starts it, is still on time")
    func lastSecondOnTime() throws {
        let (home, notified) = try homeWithNotifyScript()
        #expect(try remindOnce(home, at: "2026-11-23T07:32:00").status == 0)
        #expect(notifications(notified) == ["--from|tend|Tend|Morning check-in · 07:30|"])
    }

    @Test("a ritual already done that day is not offered")
    func doneIsNotOffered() throws {
        let (home, notified) = try homeWithNotifyScript(extraConfig: "[morning]\ndays = \"never\"\n")
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T20:15:00"])
        let thanks = try CommandRunner.run([try TendBinary.path(), "thanks", "--to", "Zoë", "You waited up for me."],
                                           environment: env)
        #expect(thanks.status == 0, "\(thanks.stderr)")
        #expect(try remindOnce(home, at: "2026-11-23T21:30:05").status == 0)
        #expect(notifications(notified).isEmpty)
        #expect(try promptsOffered(home).isEmpty)
    }

    @Test("a failing notify command is logged with its message, rings instead, and is tried again next round")
    func failingCommand() throws {
        let (home, notified) = try homeWithNotifyScript(exitStatus: 1)
        let first = try remindOnce(home, at: "2026-11-23T07:30:05")
        #expect(first.status == 1)
        #expect(first.stderr.contains("exited with status 1: cannot open display :0"), "\(first.stderr)")
        #expect(first.stdout == "\u{07}Tend: Morning check-in · 07:30\n", "\(first.stdout)")
        #expect(try promptsOffered(home).isEmpty, "not seen, so not used up")
        let second = try remindOnce(home, at: "2026-11-23T07:31:05")
        #expect(second.status == 1)
        #expect(notifications(notified).count == 2, "tried again at the next round")

        try writeScript(in: home, exitStatus: 0)
        let later = try remindOnce(home, at: "2026-11-23T07:40:00")
        #expect(later.status == 0, "\(later.stderr)")
        #expect(notifications(notified).last == "--from|tend|Tend|Morning check-in, from 07:30. There is still time today.|")
        #expect(try promptsOffered(home).count == 1)
    }

    @Test("with the app open and tend remind running, the prompt fires once")
    func appAndRemindTogether() throws {
        let (home, notified) = try homeWithNotifyScript()
        let binary = try TendBinary.path()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T07:29:58"])
        let app = try TmuxSession(command: binary, environment: env)
        let remind = try TmuxSession(command: "\(binary) remind", environment: env)
        #expect(try app.waitFor("Good morning.").found)
        Thread.sleep(forTimeInterval: 5)
        let shown = try app.capture().contains("◆ Morning check-in")
        let sent = notifications(notified).count
        #expect((shown ? 1 : 0) + sent == 1, "banner shown: \(shown), notifications: \(sent)")
        let log = try CommandRunner.run([binary, "log", "--kind", "prompt", "--json"], environment: env)
        #expect(log.stdout.split(separator: "\n").count == 1, "\(log.stdout)")
        _ = remind
    }
}
