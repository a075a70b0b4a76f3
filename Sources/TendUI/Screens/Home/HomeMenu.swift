/// The ways out of home, in the order they are listed.
enum HomeMenu {
    struct Item: Hashable, Sendable {
        var key: Character
        var name: String
        var shortName: String
        var detail: String
        /// The screen the item opens.
        var route: Route
    }

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
             detail: "open one with a breath or a thank-you, close it with a round", route: .meetings),
        Item(key: "b", name: "Browse", shortName: "browse",
             detail: "every appreciation you have written", route: .browse),
        Item(key: "w", name: "Week", shortName: "week",
             detail: "how the practice is going, in pictures", route: .week),
    ]
}
