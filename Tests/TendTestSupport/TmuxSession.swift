import Foundation

/// A real terminal for end-to-end tests: tmux on a private socket, driven
/// with send-keys and read with capture-pane.
public final class TmuxSession {
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String {
            "tmux is not installed. `make test` installs it (apt-get install tmux); the end-to-end tests need it."
        }
    }

    private let tmux: String
    private let socket = "tend-e2e-\(UUID().uuidString.prefix(8))"
    public let name = "tend"

    /// Starts `command` in a new detached session of the given size. The shell
    /// line runs the command and then prints its exit status and the tty modes.
    public init(command: String, width: Int = 80, height: Int = 24, environment: [String: String]) throws {
        guard let tmux = CommandRunner.which("tmux") else { throw Unavailable() }
        self.tmux = tmux
        let exports = environment.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        let line = "env -i \(exports) \(command); echo \"EXIT=$?\"; echo \"MODES: $(stty -a | tr '\\n' ' ') :END\"; sleep 600"
        try tmuxCommand(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", line])
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
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture()
            if screen.contains(text) { return (true, screen) }
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
    private func tmuxCommand(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run([tmux, "-L", socket] + arguments)
    }
}
