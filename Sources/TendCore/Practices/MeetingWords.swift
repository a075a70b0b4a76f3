/// The words of the rituals at work, from prompts.toml: the opener (a
/// breath together or one thank-you), the breath shown to a room, and the
/// round that closes a meeting.
public struct MeetingWords: Hashable, Sendable {
    public var open = ""
    /// "A breath together", "One thank-you", in that order.
    public var openings: [String] = []
    /// One line under each way in, in the same order.
    public var openTips: [String] = []
    public var breathLead = ""
    public var breatheIn = ""
    public var breatheOut = ""
    public var breathDone = ""
    public var breathStopped = ""
    public var thanksWho = ""
    public var thanksWhat = ""
    public var thanksTip = ""
    public var useful = ""
    public var confusing = ""
    public var energising = ""
    public var roundTip = ""
    public var roundSaved = ""
    public var breathSaved = ""
    public var left = ""

    public init() {}

    /// The label of way in `index` (0: the breath, 1: the thank-you).
    public func opening(_ index: Int) -> String {
        openings.indices.contains(index) ? openings[index] : ""
    }

    /// The tip under way in `index`.
    public func openTip(_ index: Int) -> String {
        openTips.indices.contains(index) ? openTips[index] : ""
    }

    /// The round's question for one of its answers.
    public func question(for field: RoundField) -> String {
        switch field {
        case .useful: return useful
        case .confusing: return confusing
        case .energising: return energising
        }
    }

    /// The round's three answers, in the order they are asked.
    public enum RoundField: String, CaseIterable, Hashable, Sendable {
        case useful, confusing, energising
    }
}

extension PromptFileReader {
    /// Reads the `[meeting]` table.
    mutating func meetingWords() -> MeetingWords {
        var words = MeetingWords()
        words.open = string("meeting", "open")
        words.openings = strings("meeting", "openings")
        words.openTips = strings("meeting", "open_tips")
        words.breathLead = string("meeting", "breath_lead")
        words.breatheIn = string("meeting", "breathe_in")
        words.breatheOut = string("meeting", "breathe_out")
        words.breathDone = string("meeting", "breath_done")
        words.breathStopped = string("meeting", "breath_stopped")
        words.thanksWho = string("meeting", "thanks_who")
        words.thanksWhat = string("meeting", "thanks_what")
        words.thanksTip = string("meeting", "thanks_tip")
        words.useful = string("meeting", "useful")
        words.confusing = string("meeting", "confusing")
        words.energising = string("meeting", "energising")
        words.roundTip = string("meeting", "round_tip")
        words.roundSaved = string("meeting", "round_saved")
        words.breathSaved = string("meeting", "breath_saved")
        words.left = string("meeting", "left")
        return words
    }
}
