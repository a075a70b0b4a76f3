import Foundation
import Testing
import TendTestSupport

/// The app syncs once it is on screen and once it closes, in child
/// processes that never touch the terminal.
@Suite("Sync in a real terminal", .serialized)
struct SyncEndToEndTests {
    @Test("the app shows what another device wrote, and sends what was written here when it closes")
    func syncsOnOpenAndQuit() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let remote = home.appendingPathComponent("usb/tend.git").path
        let desk = ["--data-dir", home.appendingPathComponent("desk").path, "--config", home.appendingPathComponent("desk.toml").path]
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T07:10:00"])
        func tend(_ arguments: [String]) throws -> CommandResult {
            try CommandRunner.run([binary] + arguments, environment: env)
        }
        try FileManager.default.createDirectory(atPath: home.appendingPathComponent("usb").path, withIntermediateDirectories: true)
        #expect(try tend(["thanks", "--to", "Ana", "You kept the soup warm"]).status == 0)
        #expect(try tend(["sync", "init", remote]).status == 0)
        #expect(try tend(["sync", "init"] + desk + [remote]).status == 0)
        #expect(try tend(["thanks"] + desk + ["--to", "Kim", "You called from the desk"]).status == 0)
        #expect(try tend(["sync"] + desk).status == 0)

        let app = try TmuxSession(command: binary, environment: env)
        let news = try app.waitFor("Synced: 1 new from the other device.", timeout: 15)
        #expect(news.found, "\(news.screen)")
        // Written here while the app is open (as a second window would), sent when it closes.
        let laptop = try tend(["thanks", "--to", "Lee", "You waited at the station"])
        let id = laptop.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try app.press("q")
        let exit = try app.waitForExit()
        #expect(exit.contains("EXIT=0"), "\(exit)")
        #expect(!exit.contains("sent"), "the sync on quit must not write to the terminal: \(exit)")
        var arrived = false
        for _ in 0..<100 where !arrived {
            _ = try tend(["sync", "--quiet"] + desk)
            arrived = try tend(["log", "--json"] + desk).stdout.contains(id)
            if !arrived { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(arrived, "the entry written here reached the other device after the app closed")
    }

    @Test("without [sync] the app never mentions syncing")
    func silentWhenOff() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T07:10:00"])
        // A git repository, but sync never turned on in the config.
        #expect(try CommandRunner.run([binary, "sync", "init"], environment: env).status == 0)
        let app = try TmuxSession(command: binary, environment: env)
        #expect(try app.waitFor("Good morning.").found)
        Thread.sleep(forTimeInterval: 1)
        #expect(!(try app.capture()).contains("ync"))
        try app.press("q")
        #expect(try app.waitForExit().contains("EXIT=0"))
    }
}
