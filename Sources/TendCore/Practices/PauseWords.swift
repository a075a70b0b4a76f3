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

    public init(arrive: String, breatheIn: String, breatheOut: String, choose: String, done: String) {
        self.arrive = arrive; self.breatheIn = breatheIn; self.breatheOut = breatheOut
        self.choose = choose; self.done = done
    }
}
