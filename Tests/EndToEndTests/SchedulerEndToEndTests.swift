import Foundation
import Testing
import TendTestSupport

/// Prompts at their time, in the app and from `tend remind`, exactly once.
@Suite("Scheduled prompts in a real terminal", .serialized)
struct SchedulerEndToEndTests {
    /// A HOME whose config sends notifications to a file, one line each.
    func homeWithNotifyFile() throws -> (home: URL, notified: URL) {
        let home = try TendBinary.freshHome()
        let notified = home.appendingPathComponent("notified.txt")
        let config = home.appendingPathComponent(".config/tend")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let toml = "[reminders]\nnotify_command = \"echo >> '\(notified.path)'\"\n"
        try toml.write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        return (home, notified)
    }

    func notifications(_ file: URL) -> [String] {
        ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
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

    @Test("tend remind --once runs the notify command for what is due, once")
    func remindOnce() throws {
        let (home, notified) = try homeWithNotifyFile()
        let binary = try TendBinary.path()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T07:30:05"])
        #expect(try CommandRunner.run([binary, "remind", "--once"], environment: env).status == 0)
        #expect(try CommandRunner.run([binary, "remind", "--once"], environment: env).status == 0)
        let lines = notifications(notified)
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.contains("Morning check-in") == true, "\(lines)")
    }

    @Test("with the app open and tend remind running, the prompt fires once")
    func appAndRemindTogether() throws {
        let (home, notified) = try homeWithNotifyFile()
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
