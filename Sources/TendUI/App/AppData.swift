import TendCore
import TendJournalFormat
import TendScheduler

/// What the screens know about the user's world: recent entries, the
/// practice cards and prompts, and the settings. Loaded once at start and
/// updated in place as records are saved.
public struct AppData: Sendable {
    /// How many days back `journal` reaches; a streak that long may be longer.
    public static let recentDays = 120

    public var journal: RecentJournal
    public var practices: PracticeLibrary
    public var prompts: PromptLibrary
    public var config: TendConfig
    /// Problems found in the config file, shown calmly on home.
    public var configProblems: [String]
    /// Parts of the journal that could not be read (and where), shown calmly on home.
    public var journalProblems: [String] = []
    /// Prompts already offered recently, by this or another process.
    public var fired: Set<Firing>
    /// Unfinished rituals left from an earlier session, newest first, to offer back.
    public var drafts: [Draft]
    /// Letters from the folders shared with people, and which are read.
    public var letters: LetterBox

    public init(journal: RecentJournal = RecentJournal(), practices: PracticeLibrary = .builtIn,
                prompts: PromptLibrary = .builtIn, config: TendConfig = .defaults, configProblems: [String] = [],
                fired: Set<Firing> = [], drafts: [Draft] = [], letters: LetterBox = LetterBox()) {
        self.journal = journal; self.practices = practices; self.prompts = prompts
        self.config = config; self.configProblems = configProblems; self.fired = fired
        self.drafts = drafts
        self.letters = letters
    }
}
