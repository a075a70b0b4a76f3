/// What the run loop gets from a terminal when it wakes.
public enum TerminalInput: Hashable, Sendable {
    case key(Key)
    case resized(Size)
    /// A signal asked the program to end (SIGINT, SIGTERM, SIGHUP).
    case interrupted(signal: Int32)
}

/// A place to show a canvas and read keys from. Two backends: ncurses for
/// the real terminal, and `MemoryTerminal` for tests.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows the canvas, updating only what changed since the last call.
    func draw(_ canvas: Canvas)
    /// Waits up to `timeout` seconds (forever when nil) for input, then returns
    /// everything that is available without waiting. Empty on timeout.
    func waitForInput(timeout: Double?) -> [TerminalInput]
    /// Rings the bell.
    func bell()
    /// Asks the terminal to put text on the system clipboard (OSC 52).
    func copyToClipboard(_ text: String)
    /// Gives the terminal to another program for the length of `body` (the
    /// user's editor), then takes it back and redraws everything.
    func handOver(_ body: () -> [Event]) -> [Event]
}
