import ArgumentParser
import Foundation
import TendCore
import TendStorage
import TendUI

/// Opens the full-screen app on `root`, runs it, and always gives the
/// terminal back: on quit, on a thrown error, and on SIGINT/SIGTERM/SIGHUP
/// (after which the signal is re-raised so the shell sees it).
enum AppLauncher {
    /// Opens the app on the screen for `route`, built by `ScreenFactory` from the loaded context.
    static func run(global: GlobalOptions, route: Route) throws {
        try run(paths: global.paths, route: route)
    }

    static func run(paths: StoragePaths, route: Route) throws {
        let environment = ProcessInfo.processInfo.environment
        let clock = SystemClock(startingAt: try LaunchClock.start(from: environment))
        let session = AppSession(paths: paths, now: clock.now().wall)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(environment: environment, theme: session.data.config.display.theme)
        } catch {
            StandardStream.error.write("tend: \(error)\n")
            throw ExitCode(2)
        }
        let context = ScreenContext(now: clock.now(), data: session.data)
        let state = AppState(root: ScreenFactory.make(route, context: context), context: context, size: terminal.size)
        let sync = AppSync(paths: paths, config: session.data.config, reloadLetters: { session.reloadedLetters() }) {
            session.reloaded(now: clock.now().wall)
        }
        let watch = LetterWatch(folders: session.letterFolders) { session.reloadedLetters() }
        let program = Program(state: state, terminal: terminal, clock: clock, background: BackgroundGroup([sync, watch])) {
            session.perform($0, clock: clock, terminal: terminal)
        }
        let outcome = program.run()
        terminal.close()
        sync?.finish()
        if let signal = outcome.signal {
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
        if !session.leaveWords.lines.isEmpty {
            let text = session.leaveWords.lines.map { SafeText.line($0) + "\n" }.joined()
            StandardStream.output.write(text)
        }
        // Ctrl-C is read as a key (so words on screen are asked about first);
        // leaving with it ends the way SIGINT would, so a calling shell loop stops too.
        if outcome.status == AppState.interruptedStatus {
            Glibc.signal(SIGINT, SIG_DFL)
            raise(SIGINT)
        }
        if outcome.status != 0 { throw ExitCode(outcome.status) }
    }
}
