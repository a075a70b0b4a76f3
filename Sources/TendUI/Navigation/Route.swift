import TendCore

/// Every screen the app can open, as data: effects name a route, and
/// `ScreenFactory` is the one place that builds the screen for it. Home's
/// keys, the prompt banner, the browser, the draft offer and every
/// subcommand (`tend thanks` opens `.thanks(endsApp: true)`) open screens this way, so a test asserts `.push(.browse)`.
public enum Route: Hashable, Sendable {
    case home
    /// The morning check-in; `endsApp` when started from the shell.
    case checkIn(endsApp: Bool = false)
    /// The doorway pause; with an intention it starts at once.
    case pause(PauseOptions = PauseOptions())
    /// The bedtime appreciation.
    case thanks(endsApp: Bool = false)
    /// The guided repair.
    case repair(endsApp: Bool = false)
    /// The guided repair with someone already named (the morning after a "not yet").
    case repairWith(String)
    /// A meeting's opener: a breath together or one thank-you; `animated` overrides the config's motion.
    case meetingOpen(label: String?, endsApp: Bool = false, animated: Bool? = nil)
    /// A meeting's closer: the round.
    case meetingClose(label: String?, endsApp: Bool = false)
    /// Today's meetings, to open or close one (home's `o`).
    case meetings
    /// A good or a hard moment for the week's balance.
    case tally(Tally.Tone)
    case browse
    case week
    /// What people sent through the folders shared with them.
    case letters
    /// `?`: the keys of the screen it opens over.
    case help
    /// "You were writing to Zoë": an unfinished ritual left by an earlier session.
    case draftOffer(Draft, replacesRoot: Bool)
    /// The ritual of a draft, with its words and choices back in place.
    case resume(Draft, endsApp: Bool)
    /// `f` on home: the week's focus, its look back when that is due, or
    /// the library to choose one when there is none.
    case focus
    /// The practice library: every card by group, searchable.
    case library
    /// The look back at the end of a focus week.
    case reflection(endsApp: Bool = false)
    /// The weekly look-back.
    case review(endsApp: Bool = false)
}

/// How a doorway pause starts: its length, an intention (it then begins
/// at once), motion, and whether it returns to the shell.
public struct PauseOptions: Hashable, Sendable {
    public var seconds: Int
    public var intention: Intention?
    /// Overrides the config's `display.animation`.
    public var animated: Bool?
    public var endsApp: Bool

    public init(seconds: Int = 5, intention: Intention? = nil, animated: Bool? = nil, endsApp: Bool = false) {
        self.seconds = seconds; self.intention = intention; self.animated = animated; self.endsApp = endsApp
    }
}
