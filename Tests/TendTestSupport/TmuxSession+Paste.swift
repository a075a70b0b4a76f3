import Foundation

extension TmuxSession {
    /// Pastes `text` as a terminal does: in bracket markers when the program
    /// asked for bracketed paste (tmux remembers whether it did), as plain
    /// keystrokes otherwise. `tmux paste-buffer -p`.
    public func paste(_ text: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tend-paste-\(UUID().uuidString)")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try tmuxCommand(["load-buffer", "-b", "tend-paste", file.path])
        try tmuxCommand(["paste-buffer", "-p", "-d", "-b", "tend-paste", "-t", name])
    }

    /// The process id of the program the pane's shell started, if it runs.
    public func programID() throws -> Int32? {
        let shell = try tmuxCommand(["display-message", "-p", "-t", name, "#{pane_pid}"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try CommandRunner.run(["pgrep", "-P", shell]).stdout.split(separator: "\n").first
        return child.flatMap { Int32($0) }
    }

    /// Waits until the program the pane's shell started has ended.
    public func waitForProgramToEnd(timeout: Double = 10) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while try programID() != nil {
            if Date() >= deadline { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return true
    }

    /// Ends the session as closing the terminal window does (SIGHUP to the pane).
    public func killSession() throws { try tmuxCommand(["kill-session", "-t", name]) }
}
