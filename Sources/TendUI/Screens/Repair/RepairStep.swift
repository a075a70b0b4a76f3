/// The steps of a repair, in order: one breath, how long ago, what happened
/// and with whom, the part that was yours, what it was like for them, what
/// you meant, one next step, a way back, and the words to say.
enum RepairStep: Int, FormStep {
    case breath = 1, when, what, myPart, forThem, meant, nextStep, gesture, words

    var name: String {
        switch self {
        case .breath: return "Breathe"
        case .when: return "When"
        case .what: return "What"
        case .myPart: return "Your part"
        case .forThem: return "For them"
        case .meant: return "You meant"
        case .nextStep: return "Next step"
        case .gesture: return "Way back"
        case .words: return "Words"
        }
    }

    var draftName: String {
        switch self {
        case .breath: return "breath"
        case .when: return "when"
        case .what: return "what"
        case .myPart: return "my-part"
        case .forThem: return "for-them"
        case .meant: return "meant"
        case .nextStep: return "next-step"
        case .gesture: return "gesture"
        case .words: return "words"
        }
    }

    /// The step of a draft, "summary" (the last step before the words were found) included.
    static func named(_ draftName: String) -> RepairStep? {
        draftName == "summary" ? .words : allCases.first { $0.draftName == draftName }
    }

    /// The field of the steps that find the words.
    var talkField: RepairTalk.Field? {
        switch self {
        case .forThem: return .forThem
        case .meant: return .meant
        case .nextStep: return .nextStep
        default: return nil
        }
    }
}

/// Steps in their order, so a screen can ask whether one comes before another.
extension RepairStep: Comparable {
    static func < (a: RepairStep, b: RepairStep) -> Bool { a.rawValue < b.rawValue }
}
