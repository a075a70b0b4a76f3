/// The ways out of home, in the order they are listed.
enum HomeMenu {
    struct Item: Hashable, Sendable {
        var key: Character
        var name: String
        var shortName: String
        var detail: String
        /// The screen the item opens.
        var route: Route
        /// False for a row that may be left out of a small window, and out of the footer.
        var isEssential = true
    }

    /// The rows shown in a body `height` rows tall: every item, but for the
    /// meetings' when it would take the row under the menu, unless
    /// `keepsMeetings`. Its key still opens it, and `?` lists it.
    static func rows(forHeight height: Int, keepsMeetings: Bool) -> [Item] {
        height >= items.count + 2 || keepsMeetings ? items : items.filter(\.isEssential)
    }

    /// The rows of a menu that showed `count` of them: all, or the essential ones.
    static func rows(count: Int) -> [Item] { count == items.count ? items : items.filter(\.isEssential) }

    static let items: [Item] = [
        Item(key: "m", name: "Morning check-in", shortName: "morning",
             detail: "how you feel, one intention, one small practice", route: .checkIn()),
        Item(key: "p", name: "Doorway pause", shortName: "pause",
             detail: "five slow seconds before you walk in", route: .pause()),
        Item(key: "t", name: "Bedtime appreciation", shortName: "thanks",
             detail: "one specific sentence about someone", route: .thanks()),
        Item(key: "r", name: "Repair", shortName: "repair",
             detail: "after a rough moment: one breath, then the words to say", route: .repair()),
        Item(key: "o", name: "Meeting", shortName: "meeting",
             detail: "open one with a breath or a thank-you, close it with a round", route: .meetings,
             isEssential: false),
        Item(key: "b", name: "Browse", shortName: "browse",
             detail: "every appreciation you have written", route: .browse),
        Item(key: "w", name: "Week", shortName: "week",
             detail: "how the practice is going, in pictures", route: .week),
    ]
}
