/// The words around the five-to-one balance, from prompts.toml: the prompts
/// for noting a good or a hard moment, and the line that keeps the ratio a
/// compass rather than a score.
public struct BalanceWords: Hashable, Sendable {
    public var goodPrompt: String
    public var goodTip: String
    public var hardPrompt: String
    public var hardTip: String
    public var goodSaved: String
    public var hardSaved: String
    public var compass: String
    /// What counts on each side, said where the numbers are.
    public var counts: String
    /// Shown when the week has no moments yet.
    public var empty: String

    public func prompt(for tone: Tally.Tone) -> String { tone == .positive ? goodPrompt : hardPrompt }
    public func tip(for tone: Tally.Tone) -> String { tone == .positive ? goodTip : hardTip }
    public func saved(for tone: Tally.Tone) -> String { tone == .positive ? goodSaved : hardSaved }
}
