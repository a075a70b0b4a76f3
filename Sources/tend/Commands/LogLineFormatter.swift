import TendCore
import TendStorage

/// One `tend log` line: `Mon 23 Nov 2026 21:30  thanks    José: …`.
/// Text from the journal always goes through `SafeText.line`; on a terminal
/// the line is cut to the width and the date and kind are coloured.
/// Practices are named by their cards (`--json` keeps the ids); the cards
/// are read only when a line first names one.
struct LogLineFormatter {
    let columns: Int?
    let usesColour: Bool
    private let practices: LazyPractices

    init(columns: Int?, usesColour: Bool, practices: @escaping () -> PracticeLibrary) {
        self.columns = columns; self.usesColour = usesColour; self.practices = LazyPractices(practices)
    }

    /// The library, loaded on first use.
    private final class LazyPractices {
        private let load: () -> PracticeLibrary
        private var loaded: PracticeLibrary?
        init(_ load: @escaping () -> PracticeLibrary) { self.load = load }

        var library: PracticeLibrary {
            if let loaded { return loaded }
            let library = load()
            loaded = library
            return library
        }
    }

    private static let noCards = PracticeLibrary(practices: [])

    private static let months = LocalDay.monthAbbreviations
    /// Each kind's label padded once, not once a line (measuring width is slow).
    private static let kindColumns = Dictionary(uniqueKeysWithValues: RecordKind.allCases.map { ($0, $0.label.padded(toWidth: 8)) })

    func line(for record: Record) -> String {
        let l = record.time.local
        let hour = l.hour < 10 ? "0\(l.hour)" : "\(l.hour)"
        let minute = l.minute < 10 ? "0\(l.minute)" : "\(l.minute)"
        let day = l.day < 10 ? " \(l.day)" : "\(l.day)"
        let date = "\(record.time.weekdayAbbreviation) \(day) \(Self.months[l.month - 1]) \(l.year) \(hour):\(minute)"
        let kind = Self.kindColumns[record.kind] ?? record.kind.label
        let namesCards: Bool
        switch record.payload {
        case .checkIn: namesCards = true
        case .repair(let repair): namesCards = repair.gesture != nil
        case .focus, .focusDay, .reflection: namesCards = true
        default: namesCards = false
        }
        var summary = SafeText.line(RecordSummary.text(of: record, practices: namesCards ? practices.library : Self.noCards))
        if let columns {
            let used = date.displayWidth + 2 + kind.displayWidth + 2
            summary = summary.truncated(toWidth: max(1, columns - used))
        }
        guard usesColour else { return "\(date)  \(kind)  \(summary)\n" }
        return "\u{1B}[2m\(date)\u{1B}[0m  \u{1B}[36m\(kind)\u{1B}[0m  \(summary)\n"
    }
}
