/// Work the runtime runs beside the loop without ever holding a key up,
/// such as a sync in a child process. The loop starts it once the first
/// frame is on screen, asks it for results after every wake, and while it
/// runs wakes at least every `recheckInterval` seconds to ask.
public protocol BackgroundWork: AnyObject {
    /// Called once, right after the first frame is drawn.
    func begin()
    /// What finished since the last call, as events. Never blocks.
    func collect() -> [Event]
    /// While work runs, how soon to look again; nil when there is nothing to wait for.
    var recheckInterval: Double? { get }
}
