/// The steps of a repair, in order: one breath, how long ago, what happened
/// and with whom, the part that was yours, a way back, and a summary.
enum RepairStep: Int, FormStep {
    case breath = 1, when, what, myPart, gesture, summary

    var name: String {
        switch self {
        case .breath: return "Breathe"
        case .when: return "When"
        case .what: return "What"
        case .myPart: return "Your part"
        case .gesture: return "Way back"
        case .summary: return "Summary"
        }
    }

    var draftName: String {
        switch self {
        case .breath: return "breath"
        case .when: return "when"
        case .what: return "what"
        case .myPart: return "my-part"
        case .gesture: return "gesture"
        case .summary: return "summary"
        }
    }
}
