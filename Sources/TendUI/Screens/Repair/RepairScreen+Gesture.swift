import TendCore

extension RepairScreen {
    /// The way back on offer: one of the cards prompts.toml names (any
    /// "during tension" card if none of them is known), a different one
    /// each day, `gestureOffset` steps along.
    func gesture(_ context: ScreenContext) -> Practice? {
        let library = context.data.practices
        let named = context.data.prompts.repair.gestures.compactMap(library.practice(withID:))
        let cards = named.isEmpty ? library.practices.filter { $0.group == .duringTension } : named
        guard !cards.isEmpty else { return nil }
        let index = (context.dayNumber + gestureOffset) % cards.count
        return cards[(index + cards.count) % cards.count]
    }
}
