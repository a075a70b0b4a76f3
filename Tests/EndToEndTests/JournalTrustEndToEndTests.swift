import Foundation
import Testing
import TendTestSupport

/// Home in a real terminal when part of the journal cannot be read: one
/// calm line that says so and where, and everything else as it is.
@Suite("Home says what it could not read", .serialized)
struct JournalTrustEndToEndTests {
    @Test("a folder where a month file belongs: home names it and still shows today")
    func unreadableMonth() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T21:40:00"])
        let thanks = try CommandRunner.run([binary, "thanks", "--to", "Zoë", "You made tea without asking"], environment: env)
        #expect(thanks.status == 0, "\(thanks.stderr)")
        try FileManager.default.createDirectory(atPath: home.path + "/.local/share/tend/2026/2026-10.jsonl", withIntermediateDirectories: true)

        let app = try TmuxSession(command: binary, environment: env)
        let screen = try app.waitFor("Could not read 2026/2026-10.jsonl")
        #expect(screen.found, "\(screen.screen)")
        #expect(screen.screen.contains("tend doctor"), "\(screen.screen)")
        try app.press("q")
        #expect(try app.waitForExit().contains("EXIT=0"))
    }

    @Test("a journal that cannot be read at all: home says so and where, not an empty day in silence")
    func unreadableJournal() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T21:40:00"])
        try FileManager.default.createDirectory(atPath: home.path + "/.local/share", withIntermediateDirectories: true)
        // The data folder's path is taken by a file.
        _ = FileManager.default.createFile(atPath: home.path + "/.local/share/tend", contents: Data("not a folder".utf8))

        let app = try TmuxSession(command: binary, environment: env)
        let screen = try app.waitFor("Could not read your journal in ~/.local/share/tend")
        #expect(screen.found, "\(screen.screen)")
        try app.press("q")
        #expect(try app.waitForExit().contains("EXIT=0"))
    }
}
