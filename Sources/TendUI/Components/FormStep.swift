import TendCore

/// One step of a form: its name in the step header ("Step 2 of 5 · When")
/// and in a draft file ("when").
public protocol FormStep: CaseIterable, Hashable, Sendable where AllCases == [Self] {
    var name: String { get }
    var draftName: String { get }
}

/// The step of a form that has only one.
public enum SingleStep: String, FormStep {
    case only
    public var name: String { "" }
    public var draftName: String { "only" }
}
