/// The steps of the weekly look-back: the week read back, what went well,
/// and one thing worth talking about.
enum ReviewStep: String, FormStep {
    case week, wentWell, talkAbout

    var name: String {
        switch self {
        case .week: return "Your week"
        case .wentWell: return "What went well"
        case .talkAbout: return "Worth talking about"
        }
    }

    var draftName: String {
        switch self {
        case .week: return "week"
        case .wentWell: return "went-well"
        case .talkAbout: return "talk-about"
        }
    }
}
