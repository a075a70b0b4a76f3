import ArgumentParser
import Foundation
import TendUI

/// Opens the full-screen app on `root`, runs it, and always gives the
/// terminal back: on quit, on a thrown error, and on SIGINT/SIGTERM/SIGHUP
/// (after which the signal is re-raised so the shell sees it).
enum AppLauncher {
    static func run(root: any Screen, global: GlobalOptions) throws {
        let environment = ProcessInfo.processInfo.environment
        let clock = SystemClock(startingAt: try LaunchClock.start(from: environment))
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(environment: environment)
        } catch {
            FileHandle.standardError.write(Data("tend: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let state = AppState(root: root, context: ScreenContext(now: clock.now()), size: terminal.size)
        let outcome = Program(state: state, terminal: terminal, clock: clock).run()
        terminal.close()
        if let signal = outcome.signal {
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }
}
