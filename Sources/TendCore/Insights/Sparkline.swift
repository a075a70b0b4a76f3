/// A line of block characters, one per value, low to high: a picture of a
/// series in a single row of text.
public enum Sparkline {
    /// Eight heights, lowest first.
    public static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Drawn where there is no value (a day without a check-in).
    public static let gap: Character = "·"

    /// The bar for `value` on a scale from `range.lowerBound` to `range.upperBound`.
    public static func bar(for value: Double, in range: ClosedRange<Double>) -> Character {
        let span = range.upperBound - range.lowerBound
        guard span > 0 else { return bars[0] }
        let share = (min(max(value, range.lowerBound), range.upperBound) - range.lowerBound) / span
        return bars[Int((share * Double(bars.count - 1)).rounded())]
    }

    /// One character per value, `gap` for the missing ones.
    public static func line(_ values: [Double?], in range: ClosedRange<Double>) -> String {
        String(values.map { $0.map { bar(for: $0, in: range) } ?? gap })
    }
}
