import TendCore

/// One screen of the state machine: a `Component` (its own small state,
/// its keys, `update` and `render`) with a title and the few facts the
/// frame asks of the screen on top.
public protocol Screen: Component {
    /// Shown in the header.
    var title: String { get }
    /// True while the screen takes typed characters as text (so `?` and `q`
    /// are letters, not commands).
    var isTakingText: Bool { get }
    /// True when leaving would lose something the user made.
    var hasDraft: Bool { get }
    /// False while no key may open help (a running pause stops on any key).
    var offersHelp: Bool { get }
    /// The unfinished words to keep on disk while the screen is open, so a
    /// closed terminal loses nothing; nil when there is nothing to keep
    /// (nothing written yet, or already saved).
    var draft: Draft? { get }
    /// The kind of draft this screen writes, so one left behind can be
    /// offered when the screen opens straight from the shell.
    var draftKind: Draft.Kind? { get }
    /// When the screen next needs a frame (animations); nil when it is still.
    func nextFrame(after now: Moment) -> Moment?
}

extension Screen {
    public var isTakingText: Bool { false }
    public var hasDraft: Bool { false }
    public var offersHelp: Bool { true }
    public var draft: Draft? { nil }
    public var draftKind: Draft.Kind? { nil }
    public func nextFrame(after now: Moment) -> Moment? { nil }
}
