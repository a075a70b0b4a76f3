/// The five points of the morning mood scale, in words.
enum MoodScale {
    static let labels = ["heavy", "low", "steady", "good", "bright"]

    static func label(_ mood: Int) -> String { labels[max(1, min(5, mood)) - 1] }
}
