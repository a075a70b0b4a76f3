/// The words of the doorway pause screen, in the order it shows them.
public struct PauseWords: Hashable, Sendable {
    /// The first line, before the breath starts.
    public var arrive: String
    /// Shown while breathing in.
    public var breatheIn: String
    /// Shown during the longer breath out.
    public var breatheOut: String
    /// Asks for the intention.
    public var choose: String
    /// The send-off once the pause is logged.
    public var done: String
    /// After a pause stopped early; `{done}` and `{planned}` stand for the seconds.
    public var stopped: String
    /// Below it: what the stopped pause counts for, so the words and home agree.
    public var stoppedNote: String

    public init(arrive: String, breatheIn: String, breatheOut: String, choose: String, done: String,
                stopped: String, stoppedNote: String) {
        self.arrive = arrive; self.breatheIn = breatheIn; self.breatheOut = breatheOut
        self.choose = choose; self.done = done; self.stopped = stopped; self.stoppedNote = stoppedNote
    }

    /// "Stopped after 1 of 5 seconds."
    public func stopped(after seconds: Int, of planned: Int) -> String {
        stopped.replacingText("{done}", with: Plural.grouped(seconds))
            .replacingText("{planned}", with: Plural.count(planned, "second"))
    }
}
