import Foundation
import Testing
import TendTestSupport

/// The real binary in a real terminal: start, help, resize, quit, signals.
@Suite("The app in a real terminal", .serialized)
struct TerminalLifecycleTests {
    func startApp(width: Int = 80, height: Int = 24, extra: [String: String] = [:]) throws -> TmuxSession {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T07:10:00"].merging(extra) { $1 })
        return try TmuxSession(command: binary, width: width, height: height, environment: env)
    }

    @Test("starts on the home screen, opens help, and quits with status 0")
    func startHelpQuit() throws {
        let tmux = try startApp()
        let home = try tmux.waitFor("Good morning.")
        #expect(home.found, "home did not appear:\n\(home.screen)")
        #expect(home.screen.contains("Mon 23 Nov  07:10"))
        try tmux.press("?")
        #expect(try tmux.waitFor("quit Tend").found)
        try tmux.press("Escape")
        #expect(try tmux.waitFor("Bedtime appreciation").found)
        try tmux.press("q")
        let end = try tmux.waitFor("EXIT=")
        #expect(end.screen.contains("EXIT=0"), "\(end.screen)")
    }

    @Test("shrinking below 40x12 asks for room, and growing brings the screen back")
    func resize() throws {
        let tmux = try startApp()
        #expect(try tmux.waitFor("Good morning.").found)
        try tmux.resize(width: 30, height: 8)
        let small = try tmux.waitFor("enlarge")
        #expect(small.found, "\(small.screen)")
        try tmux.resize(width: 80, height: 24)
        let big = try tmux.waitFor("Good morning.")
        #expect(big.found, "\(big.screen)")
        #expect(!big.screen.contains("enlarge"))
        try tmux.press("q")
        #expect(try tmux.waitFor("EXIT=0").found)
    }

    @Test("SIGTERM ends the app and gives the terminal back in its normal modes")
    func sigterm() throws {
        let tmux = try startApp()
        #expect(try tmux.waitFor("Good morning.").found)
        try tmux.signalProgram("TERM")
        let end = try tmux.waitForExit()
        #expect(end.contains("EXIT=143"), "\(end)")
        // stty -a after exit: canonical mode and echo are back on.
        #expect(end.contains(" icanon "), "\(end)")
        #expect(end.contains(" echo "), "\(end)")
        #expect(!end.contains("Good morning."), "the full screen was left behind")
    }

    @Test("a crash (SIGSEGV) still restores the terminal modes")
    func fatalSignal() throws {
        let tmux = try startApp()
        #expect(try tmux.waitFor("Good morning.").found)
        try tmux.signalProgram("SEGV")
        let end = try tmux.waitForExit()
        #expect(end.contains("EXIT=139"), "\(end)")
        #expect(end.contains(" icanon "), "\(end)")
        #expect(end.contains(" echo "), "\(end)")
    }

    @Test("an unusable TERM gives one clear line and status 2")
    func badTerm() throws {
        let tmux = try startApp(extra: ["TERM": "no-such-terminal"])
        let end = try tmux.waitFor("EXIT=")
        #expect(end.screen.contains("TERM=no-such-terminal"), "\(end.screen)")
        #expect(end.screen.contains("EXIT=2"), "\(end.screen)")
    }
}

@Suite("The app without a terminal")
struct NoTerminalTests {
    @Test("no tty gives one line on stderr and status 2")
    func noTTY() throws {
        let home = try TendBinary.freshHome()
        let result = try CommandRunner.run([try TendBinary.path()], environment: TendBinary.environment(home: home))
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("tend: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test("--version prints the version")
    func version() throws {
        let home = try TendBinary.freshHome()
        let result = try CommandRunner.run([try TendBinary.path(), "--version"], environment: TendBinary.environment(home: home))
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil)
    }

    @Test("a malformed TEND_NOW is refused with a clear message")
    func badNow() throws {
        let home = try TendBinary.freshHome()
        let result = try CommandRunner.run([try TendBinary.path()],
                                           environment: TendBinary.environment(home: home, extra: ["TEND_NOW": "tomorrow"]))
        #expect(result.status != 0)
        #expect(result.stderr.contains("TEND_NOW"))
    }
}
