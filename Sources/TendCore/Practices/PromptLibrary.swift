import TendContentTree
import TendResources

/// The short texts around the practices, from prompts.toml: bedtime
/// prompts, the words of the doorway pause, the intentions, the nudges for
/// generic appreciations, the repair and the balance, group titles. Screens read their words here so
/// that no user-facing prose sits in Swift.
public struct PromptLibrary: Hashable, Sendable {
    /// The name built-in problems are reported under.
    public static let builtInSource = "prompts.toml (built in)"

    /// The prompts compiled into the binary (read from TOML at build time).
    public static let builtIn = PromptLibrary(reader: PromptFileReader(
        table: CompiledContent.prompts, text: { EmbeddedResources.promptsTOML }, source: builtInSource
    ))

    public var bedtime: BedtimePrompts
    public var appreciation: AppreciationNudges
    public var pause: PauseWords
    public var intentions: IntentionGuide
    public var repair: RepairWords
    public var balance: BalanceWords
    public var sending: SendingWords
    /// The rituals at work: the opener and the round.
    public var meeting: MeetingWords
    /// What the repair asks after "my part", the draft of the words, and the morning line.
    public var repairDraft: RepairDraftWords
    public var letters: LetterWords
    /// A week's focus, its look back, the weekly review and the library.
    public var focus: FocusWords
    /// The line a ritual started from the shell leaves there.
    public var shell: ShellWords
    /// When the user's editor did not bring words back.
    public var editor: EditorWords
    /// Shown with a suggestion that had to look beyond the user's preferences.
    public var outsidePreferencesNote: String
    /// The evening question about a card that has none of its own (a
    /// custom card that leaves `follow_up` out).
    public var followUpDefault: String
    /// Problems found while reading (none for the built-in file; the tests see to that).
    public var issues: [ContentIssue]
    private var groupTitles: [PracticeGroup: String]

    /// Reads a prompts file; anything missing is reported in `issues` and
    /// left empty.
    public init(text: String, source: String) {
        self.init(reader: PromptFileReader(text: text, source: source))
    }

    private init(reader: PromptFileReader) {
        var reader = reader
        bedtime = BedtimePrompts(guide: reader.string("bedtime", "guide"), prompts: reader.strings("bedtime", "prompts"))
        appreciation = AppreciationNudges(
            tip: reader.string("appreciation", "tip"),
            example: reader.string("appreciation", "example"),
            nudges: reader.strings("appreciation", "nudges"),
            genericPhrases: reader.strings("appreciation", "generic_phrases").map { $0.lowercased() }
        )
        pause = PauseWords(
            arrive: reader.string("pause", "arrive"),
            breatheIn: reader.string("pause", "breathe_in"),
            breatheOut: reader.string("pause", "breathe_out"),
            choose: reader.string("pause", "choose"),
            done: reader.string("pause", "done"),
            stopped: reader.string("pause", "stopped"),
            stoppedNote: reader.string("pause", "stopped_note")
        )
        intentions = IntentionGuide(Intention.allCases.map { intention in
            IntentionDescription(
                intention: intention,
                label: reader.string("intentions", intention.rawValue, "label"),
                summary: reader.string("intentions", intention.rawValue, "summary"),
                pauseCues: reader.strings("intentions", intention.rawValue, "pause")
            )
        })
        repair = RepairWords(
            breath: reader.string("repair", "breath"),
            when: reader.string("repair", "when"),
            latencies: reader.strings("repair", "latencies"),
            whenTip: reader.string("repair", "when_tip"),
            who: reader.string("repair", "who"),
            what: reader.string("repair", "what"),
            whatTip: reader.string("repair", "what_tip"),
            blameOpenings: reader.strings("repair", "blame_openings").map { $0.lowercased() },
            blameNudge: reader.string("repair", "blame_nudge"),
            myPart: reader.string("repair", "my_part"),
            myPartTip: reader.string("repair", "my_part_tip"),
            gesture: reader.string("repair", "gesture"),
            gestures: reader.strings("repair", "gestures"),
            summary: reader.string("repair", "summary"),
            saved: reader.string("repair", "saved"),
            left: reader.string("repair", "left"),
            landed: reader.string("repair", "landed"),
            safety: reader.string("repair", "safety")
        )
        balance = BalanceWords(
            goodPrompt: reader.string("balance", "good_prompt"),
            goodTip: reader.string("balance", "good_tip"),
            hardPrompt: reader.string("balance", "hard_prompt"),
            hardTip: reader.string("balance", "hard_tip"),
            goodSaved: reader.string("balance", "good_saved"),
            hardSaved: reader.string("balance", "hard_saved"),
            compass: reader.string("balance", "compass"),
            counts: reader.string("balance", "counts"),
            empty: reader.string("balance", "empty")
        )
        sending = SendingWords(
            invite: reader.string("sending", "invite"), subject: reader.string("sending", "subject"),
            offer: reader.string("sending", "offer"), resend: reader.string("sending", "resend"),
            throughCommand: reader.string("sending", "through_command"), throughEmail: reader.string("sending", "through_email"),
            noWay: reader.string("sending", "no_way"), sending: reader.string("sending", "sending"),
            sent: reader.string("sending", "sent"), emailOpened: reader.string("sending", "email_opened"),
            copied: reader.string("sending", "copied"), copiedTmux: reader.string("sending", "copied_tmux"),
            terminal: reader.string("sending", "terminal"), plain: reader.string("sending", "plain"),
            plainInBrowse: reader.string("sending", "plain_browse"),
            failed: reader.string("sending", "failed"), kept: reader.string("sending", "kept"),
            inviteNote: reader.string("sending", "invite_note"), giftTitle: reader.string("sending", "gift_title"),
            giftOpening: reader.string("sending", "gift_opening")
        )
        meeting = reader.meetingWords()
        repairDraft = reader.repairDraftWords()
        sending.throughShare = reader.string("sending", "through_share")
        sending.shared = reader.string("sending", "shared")
        sending.alreadyShared = reader.string("sending", "already_shared")
        sending.looseFolder = reader.string("sending", "loose_folder")
        sending.needsName = reader.string("sending", "needs_name")
        sending.sealedNote = reader.string("sending", "sealed_note")
        letters = LetterWords(
            waiting: reader.string("letters", "waiting"), waitingKey: reader.string("letters", "waiting_key"),
            heading: reader.string("letters", "heading"), unreadTag: reader.string("letters", "unread"),
            empty: reader.string("letters", "empty"), setUp: reader.string("letters", "set_up"),
            noName: reader.string("letters", "no_name"), hidden: reader.string("letters", "hidden"),
            shownAgain: reader.string("letters", "shown_again"), allHidden: reader.string("letters", "all_hidden"),
            sealed: reader.string("letters", "sealed")
        )
        letters.noKey = reader.string("letters", "no_key")
        letters.looking = reader.string("letters", "looking")
        letters.hiddenTag = reader.string("letters", "hidden_tag")
        letters.outOfSight = reader.string("letters", "out_of_sight")
        letters.countedOutOfSight = reader.string("letters", "counted_out_of_sight")
        letters.moreOutOfSight = reader.string("letters", "more_out_of_sight")
        focus = FocusWords(&reader)
        shell = ShellWords(&reader)
        editor = EditorWords(&reader)
        outsidePreferencesNote = reader.string("suggestions", "outside_preferences")
        followUpDefault = reader.string("follow_up", "default")
        var titles: [PracticeGroup: String] = [:]
        for group in PracticeGroup.allCases {
            titles[group] = reader.string("groups", group.rawValue)
        }
        groupTitles = titles
        issues = reader.issues
    }

    /// The evening question about a card: its own, or the default.
    public func followUp(for practice: Practice) -> String {
        practice.followUp.isEmpty ? followUpDefault : practice.followUp
    }

    /// The title of a group, e.g. "Morning and evening" (its raw value if missing).
    public func title(of group: PracticeGroup) -> String {
        guard let title = groupTitles[group], !title.isEmpty else { return group.rawValue }
        return title
    }
}
