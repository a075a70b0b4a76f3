/// The run loop: the only impure part of the interface. It draws, sleeps
/// until a key, the next frame or the next minute, feeds what happened to
/// `AppState.update`, and performs the effects that come back.
public final class Program {
    private var state: AppState
    private let terminal: any Terminal
    private let clock: any TimeSource
    /// Performs effects the interface cannot (saving, loading…) and reports back.
    public typealias Performer = (Effect) -> [Event]
    private let perform: Performer
    /// Work beside the loop (the sync when the app opens), if any.
    private let background: (any BackgroundWork)?

    public init(state: AppState, terminal: any Terminal, clock: any TimeSource, background: (any BackgroundWork)? = nil,
                perform: @escaping Performer = { _ in [] }) {
        self.state = state; self.terminal = terminal; self.clock = clock; self.perform = perform
        self.background = background
    }

    /// Runs until the app quits or a signal ends it. Returns the exit status
    /// and the ending signal, if one came.
    public func run() -> (status: Int32, signal: Int32?) {
        send(.resized(terminal.size))
        send(.ticked(clock.now())) // anything already due shows at once
        var isFirstFrame = true
        while state.exitStatus == nil {
            draw()
            if isFirstFrame {
                isFirstFrame = false
                background?.begin()
            }
            let wake = state.nextWake()
            var timeout = max(0, wake.uptime - clock.now().uptime)
            if let recheck = background?.recheckInterval { timeout = min(timeout, recheck) }
            let inputs = terminal.waitForInput(timeout: timeout)
            send(.ticked(clock.now()))
            defer { ringBellOnce() }
            for input in inputs {
                switch input {
                case .key(let key): send(.keyPressed(key))
                case .resized(let size): send(.resized(size))
                case .interrupted(let signal): return (128 + signal, signal == 0 ? nil : signal)
                }
                if state.exitStatus != nil { break }
            }
            // After the keys, so a key pressed in the same instant does not clear the news.
            if state.exitStatus == nil { for event in background?.collect() ?? [] { send(event) } }
        }
        return (state.exitStatus ?? 0, nil)
    }

    /// A flood of refused keys rings once, not once a key.
    private var bellIsDue = false

    private func ringBellOnce() {
        if bellIsDue { terminal.bell() }
        bellIsDue = false
    }

    private func send(_ event: Event) {
        Self.dispatch(event, to: &state) { effect in
            switch effect {
            case .bell: bellIsDue = true; return []
            case .copy(let text): terminal.copyToClipboard(text); return []
            // The editor needs the whole terminal: curses steps aside until it closes.
            case .editText: return terminal.handOver { perform(effect) }
            default: return perform(effect)
            }
        }
    }

    /// Feeds `event` to `state`, hands each effect that comes back to
    /// `perform`, and feeds its answers in turn, until nothing is left. The
    /// run loop and the test harness share this one dispatch.
    public static func dispatch(_ event: Event, to state: inout AppState, perform: (Effect) -> [Event]) {
        var pending = [event]
        while !pending.isEmpty {
            for effect in state.update(pending.removeFirst()) { pending += perform(effect) }
        }
    }

    private func draw() {
        var canvas = Canvas(size: terminal.size)
        state.render(into: &canvas)
        terminal.draw(canvas)
    }
}
