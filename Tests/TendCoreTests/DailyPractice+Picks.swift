@testable import TendCore

extension DailyPractice {
    /// Picks for `days` consecutive days from `start`, feeding each pick back
    /// as history the way the morning ritual records it.
    func picks(from start: Int, days: Int) -> [String] {
        var picks: [String] = []
        for day in start..<(start + days) {
            let recent = Array(picks.suffix(Self.repeatWindowDays))
            guard let suggestion = suggestion(forDay: day, recent: recent) else { return picks }
            picks.append(suggestion.practice.id)
        }
        return picks
    }
}
