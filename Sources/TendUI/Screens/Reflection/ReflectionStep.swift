/// The steps of a week's look back: how it felt, how they responded, what
/// the user noticed, and what comes of the practice now.
enum ReflectionStep: String, FormStep {
    case felt, response, noticed, choice

    var name: String {
        switch self {
        case .felt: return "How it felt"
        case .response: return "Their side"
        case .noticed: return "What you noticed"
        case .choice: return "And now"
        }
    }

    var draftName: String { rawValue }
}
