import Foundation

/// A real terminal for end-to-end tests: tmux on a private socket, driven
/// with send-keys and read with capture-pane.
public final class TmuxSession {
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String {
            "tmux is not installed. `make test` installs it (apt-get install tmux); the end-to-end tests need it."
        }
    }

    let tmux: String
    let socket = "tend-e2e-\(UUID().uuidString.prefix(8))"
    public let name = "tend"

    /// Starts `command` in a new detached session of the given size. The shell
    /// line runs the command and then prints its exit status and the tty modes.
    /// With `interactiveShell`, the command is typed into an interactive bash,
    /// so job control (Ctrl-Z, `fg`) works as in a user's terminal; call
    /// `reportExit()` once it has ended (bash would report a stop as an exit).
    public init(command: String, width: Int = 80, height: Int = 24, environment: [String: String],
                interactiveShell: Bool = false) throws {
        guard let tmux = CommandRunner.which("tmux") else { throw Unavailable() }
        self.tmux = tmux
        let exports = environment.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        if interactiveShell {
            let shell = "env -i \(exports) PS1='$ ' bash --norc --noprofile -i"
            try tmuxCommand(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", shell])
            try type(command)
            try press("Enter")
        } else {
            let line = "env -i \(exports) \(command); \(Self.report); sleep 600"
            try tmuxCommand(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", line])
        }
    }

    /// Prints the last exit status and the tty modes. The markers are split in
    /// two so that a typed line never matches them itself.
    static let report = "echo \"EX\"\"IT=$?\"; echo \"MODES: $(stty -a | tr '\\n' ' ') :E\"\"ND\""

    /// In an interactive shell: types the report line, for `waitForExit`.
    public func reportExit() throws {
        try type(Self.report)
        try press("Enter")
    }

    deinit { _ = try? tmuxCommand(["kill-server"]) }

    /// Sends tmux key names (e.g. "Enter", "Escape", "C-z", "?").
    public func press(_ keys: String...) throws { try tmuxCommand(["send-keys", "-t", name] + keys) }

    /// Types text literally.
    public func type(_ text: String) throws { try tmuxCommand(["send-keys", "-t", name, "-l", text]) }

    public func resize(width: Int, height: Int) throws {
        try tmuxCommand(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen as text.
    public func capture() throws -> String {
        try CommandRunner.run([tmux, "-L", socket, "capture-pane", "-p", "-t", name]).stdout
    }

    /// Waits for the program to end; returns its exit status line and the
    /// terminal modes the shell found afterwards (from `stty -a`), joined.
    public func waitForExit(timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        repeat {
            text = try CommandRunner.run([tmux, "-L", socket, "capture-pane", "-p", "-J", "-S", "-200", "-t", name]).stdout
            if text.contains(":END") { return text }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return text
    }

    /// Waits until the screen contains `text`; returns the screen either way.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 10) throws -> (found: Bool, screen: String) {
        try waitUntil(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen is as `isReady` wants it; returns the screen either way.
    @discardableResult
    public func waitUntil(timeout: Double = 10, _ isReady: (String) -> Bool) throws -> (found: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture()
            if isReady(screen) { return (true, screen) }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return (false, screen)
    }

    /// Sends a signal (e.g. "TERM") to the program the pane's shell started.
    public func signalProgram(_ signal: String) throws {
        let shell = try tmuxCommand(["display-message", "-p", "-t", name, "#{pane_pid}"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try CommandRunner.run(["pgrep", "-P", shell]).stdout
            .split(separator: "\n").first.map(String.init) ?? ""
        _ = try CommandRunner.run(["kill", "-\(signal)", child])
    }

    @discardableResult
    func tmuxCommand(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run([tmux, "-L", socket] + arguments)
    }
}
