/// An in-memory terminal for tests: inputs are queued by the test, and the
/// last drawn canvas can be read back as text.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var lastCanvas: Canvas?
    public private(set) var bells = 0
    public private(set) var clipboard: [String] = []
    /// Timeouts the run loop asked for, in order: lets tests see that an idle
    /// screen sleeps instead of spinning.
    public private(set) var requestedTimeouts: [Double?] = []
    private var queue: [[TerminalInput]] = []

    public init(size: Size) { self.size = size }

    /// Queues one batch of input for the next wait.
    public func enqueue(_ inputs: TerminalInput...) { queue.append(inputs) }

    /// Queues one batch of input, as one read.
    public func enqueue(contentsOf inputs: [TerminalInput]) { queue.append(inputs) }

    /// Queues key presses, one batch each.
    public func enqueue(keys: [Key]) { queue.append(contentsOf: keys.map { [.key($0)] }) }

    public func resize(to newSize: Size) {
        size = newSize
        queue.append([.resized(newSize)])
    }

    public func draw(_ canvas: Canvas) { lastCanvas = canvas }

    public func waitForInput(timeout: Double?) -> [TerminalInput] {
        requestedTimeouts.append(timeout)
        return queue.isEmpty ? [.interrupted(signal: 0)] : queue.removeFirst()
    }

    public func bell() { bells += 1 }
    public func copyToClipboard(_ text: String) { clipboard.append(text) }

    /// How often the terminal was handed to another program (the editor).
    public private(set) var handOvers = 0
    public func handOver(_ body: () -> [Event]) -> [Event] {
        handOvers += 1
        return body()
    }

    /// What the screen shows, as text.
    public var screenText: String { lastCanvas?.text ?? "" }
}
