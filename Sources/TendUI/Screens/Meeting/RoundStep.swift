import TendCore

/// The round that closes a meeting: what was useful, what was confusing,
/// what gave energy, one step each.
enum RoundStep: String, FormStep {
    case useful, confusing, energising

    var name: String {
        switch self {
        case .useful: return "Useful"
        case .confusing: return "Confusing"
        case .energising: return "Energy"
        }
    }

    var draftName: String { rawValue }

    var field: MeetingWords.RoundField {
        switch self {
        case .useful: return .useful
        case .confusing: return .confusing
        case .energising: return .energising
        }
    }
}
