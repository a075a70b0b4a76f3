/// The steps of the morning check-in, in order: mood, one intention, the
/// practice, for whom, and a summary that saves.
enum CheckInStep: String, FormStep {
    case mood, intention, practice, person, summary

    var name: String {
        switch self {
        case .mood: return "Mood"
        case .intention: return "Intention"
        case .practice: return "Practice"
        case .person: return "For whom"
        case .summary: return "Summary"
        }
    }

    var draftName: String { rawValue }
}
