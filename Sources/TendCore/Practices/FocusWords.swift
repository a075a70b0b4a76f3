/// The words of a week's focus, its look back, the weekly review and the
/// practice library, from prompts.toml (`[focus]`, `[reflection]`,
/// `[review]`, `[library]`). Templates name their blanks in braces.
public struct FocusWords: Hashable, Sendable {
    public var day: String
    public var forPerson: String
    public var upcoming: String
    public var firstToday: String
    public var firstTomorrow: String
    public var chosen: String
    public var checkInTip: String
    public var checkInMade: String
    public var none: String
    public var over: String
    /// Under `over` on home: the key to the look back.
    public var overKey: String
    /// Both in one short line, for a small window.
    public var overShort: String
    public var legend: String
    /// On home with no focus: how to choose one.
    public var homeHint: String
    public var stopped: String
    /// After `y` on the week's screen: today happened, or is open again.
    public var markedDone: String
    public var markedOpen: String
    public var markedNot: String

    public var reflectionIntro: String
    public var felt: String
    /// One label per step of the scale, 1 to 5.
    public var feltScale: [String]
    public var response: String
    public var responseAnyone: String
    public var noticed: String
    public var optionalTip: String
    public var choice: String
    /// One label per `Reflection.Choice`, in its order.
    public var choices: [String]
    public var savedAnother: String
    public var savedKeep: String
    public var savedLetGo: String
    public var next: String
    public var nextNone: String
    public var later: String

    public var reviewIntro: String
    public var reviewAppreciations: String
    public var noAppreciations: String
    public var wentWell: String
    public var wentWellTip: String
    public var talkAbout: String
    public var talkAboutTip: String
    public var reviewFocus: String
    public var reviewNoFocus: String
    public var reviewBalance: String
    public var reviewSaved: String
    public var reviewLeft: String

    public var librarySearch: String
    public var libraryMine: String
    public var libraryMineEmpty: String
    public var libraryHidden: String
    public var libraryShown: String
    public var libraryKept: String
    public var libraryUnkept: String
    public var libraryNoMatch: String
    /// The library's top line: how many cards, or how many match a search.
    public var libraryCount: String
    public var libraryMatches: String
    /// Beside a card: the week's focus, "not for me", one of mine.
    public var libraryMarkFocus: String
    public var libraryMarkHidden: String
    public var libraryMarkMine: String
    /// Asking whom a new focus is for, and the tips under it.
    public var libraryForWhom: String
    public var libraryNamesUsed: String
    public var libraryStartsToday: String
    public var libraryStartsTomorrow: String
    public var libraryAlready: String

    init(_ r: inout PromptFileReader) {
        day = r.string("focus", "day"); forPerson = r.string("focus", "for_person")
        upcoming = r.string("focus", "upcoming"); firstToday = r.string("focus", "first_today")
        firstTomorrow = r.string("focus", "first_tomorrow"); chosen = r.string("focus", "chosen")
        checkInTip = r.string("focus", "check_in_tip"); checkInMade = r.string("focus", "check_in_made")
        none = r.string("focus", "none")
        over = r.string("focus", "over"); overKey = r.string("focus", "over_key"); overShort = r.string("focus", "over_short"); legend = r.string("focus", "legend"); homeHint = r.string("focus", "home_hint"); stopped = r.string("focus", "stopped")
        markedDone = r.string("focus", "marked_done"); markedOpen = r.string("focus", "marked_open")
        markedNot = r.string("focus", "marked_not")

        reflectionIntro = r.string("reflection", "intro"); felt = r.string("reflection", "felt")
        feltScale = r.strings("reflection", "felt_scale"); response = r.string("reflection", "response")
        responseAnyone = r.string("reflection", "response_anyone"); noticed = r.string("reflection", "noticed")
        optionalTip = r.string("reflection", "optional_tip"); choice = r.string("reflection", "choice")
        choices = r.strings("reflection", "choices"); savedAnother = r.string("reflection", "saved_another")
        savedKeep = r.string("reflection", "saved_keep"); savedLetGo = r.string("reflection", "saved_let_go")
        next = r.string("reflection", "next"); nextNone = r.string("reflection", "next_none")
        later = r.string("reflection", "later")

        reviewIntro = r.string("review", "intro"); reviewAppreciations = r.string("review", "appreciations")
        noAppreciations = r.string("review", "no_appreciations"); wentWell = r.string("review", "went_well")
        wentWellTip = r.string("review", "went_well_tip"); talkAbout = r.string("review", "talk_about")
        talkAboutTip = r.string("review", "talk_about_tip"); reviewFocus = r.string("review", "focus")
        reviewNoFocus = r.string("review", "no_focus"); reviewBalance = r.string("review", "balance")
        reviewSaved = r.string("review", "saved"); reviewLeft = r.string("review", "left")

        librarySearch = r.string("library", "search"); libraryMine = r.string("library", "mine")
        libraryMineEmpty = r.string("library", "mine_empty"); libraryHidden = r.string("library", "hidden")
        libraryShown = r.string("library", "shown"); libraryKept = r.string("library", "kept")
        libraryUnkept = r.string("library", "unkept"); libraryNoMatch = r.string("library", "no_match")
        libraryCount = r.string("library", "count"); libraryMatches = r.string("library", "matches")
        libraryMarkFocus = r.string("library", "mark_focus"); libraryMarkHidden = r.string("library", "mark_hidden")
        libraryMarkMine = r.string("library", "mark_mine"); libraryForWhom = r.string("library", "for_whom")
        libraryNamesUsed = r.string("library", "names_used"); libraryStartsToday = r.string("library", "starts_today")
        libraryStartsTomorrow = r.string("library", "starts_tomorrow"); libraryAlready = r.string("library", "already")
    }

    /// The card's name, with ", for Ana" when it is for someone.
    public func card(_ name: String, for person: String?) -> String {
        guard let person, !person.isEmpty else { return name }
        return Self.fill(forPerson, ["name": name, "person": person])
    }

    /// "Day 3 of your week: The real good morning, for Ana".
    public func dayLine(_ day: Int, card: String) -> String {
        Self.fill(self.day, ["day": "\(day)", "card": card])
    }

    /// The label of a step of the scale (1–5).
    public func feltLabel(_ value: Int) -> String {
        feltScale.indices.contains(value - 1) ? feltScale[value - 1] : "\(value)"
    }

    /// The label of a choice after the week.
    public func label(of choice: Reflection.Choice) -> String {
        let index = Reflection.Choice.allCases.firstIndex(of: choice) ?? 0
        return choices.indices.contains(index) ? choices[index] : choice.rawValue
    }

    /// `template` with each `{key}` replaced by its value, in one pass, so a
    /// value that holds braces (a name, a sentence) is never filled in again:
    /// the one filling every prompts.toml template shares.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        SendingWords.fill(template, values)
    }
}
