import Foundation
import TendCore

/// Home: a greeting, today's three rituals and where they stand, and the
/// ways into everything else.
public struct HomeScreen: Screen {
    public let title = "Home"
    /// The menu's one list state: the chosen row among the rows shown.
    private(set) var list = ScrollingList(count: HomeMenu.items.count, keys: [], wraps: true)

    enum Intent: Sendable {
        case open(HomeMenu.Item), tally(Tally.Tone), move(ListMove), choose, quit, route(Route)
    }

    static let keys: KeyMap<Intent> = {
        let items = HomeMenu.items.map { item in
            KeyBinding<Intent>([.character(item.key)], String(item.key), "open \(item.name.lowercased())",
                               .open(item), footer: item.isEssential ? item.shortName : nil)
        }
        return KeyMap(items + [
            KeyBinding([.down, .character("j")], "j/↓", "move down", .move(.down)),
            KeyBinding([.up, .character("k")], "k/↑", "move up", .move(.up)),
            KeyBinding([.home, .pageUp, .character("g")], "g/Home", "first item", .move(.top)),
            KeyBinding([.end, .pageDown, .character("G")], "G/End", "last item", .move(.bottom)),
            KeyBinding([.enter], "Enter", "open the chosen item", .choose),
            KeyBinding([.character("+")], "+", "note a good moment", .tally(.positive)),
            KeyBinding([.character("-")], "-", "note a hard moment", .tally(.negative)),
            KeyBinding([.character("f")], "f", "your week's focus (or choose one)", .route(.focus), footer: "focus"),
            KeyBinding([.character("l")], "l", "the practice library", .route(.library)),
            KeyBinding([.character("i")], "i", "read letters sent to you", .route(.letters)),
            KeyBinding([.character("q")], "q", "quit Tend", .quit, footer: "quit"),
        ])
    }()

    public init() {}

    public var keyHelp: ScreenKeys { Self.keys.keyHelp }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        guard case .keyPressed(let key) = event, let intent = Self.keys.intent(for: key) else { return [] }
        let rows = Self.rows(height: context.body.height, context: context)
        let chosen = selection(in: rows)
        list.resize(count: rows.count, pageHeight: rows.count)
        list.select(chosen)
        switch intent {
        case .move(let move): list.apply(move)
        case .quit: return [.quit(status: 0)]
        case .tally(let tone): return [.push(.tally(tone))]
        case .route(let route): return [.push(route)]
        case .choose: return [.push(rows[chosen].route)]
        case .open(let item):
            list.select(rows.firstIndex(of: item) ?? 0)
            return [.push(item.route)]
        }
        return []
    }

    /// The chosen row among `rows`. The list chose among the rows of its own
    /// count, so a resize that hides or shows a row keeps the item, not the place.
    func selection(in rows: [HomeMenu.Item]) -> Int {
        let shown = HomeMenu.rows(count: list.count)
        guard let selected = list.selected, shown.indices.contains(selected) else { return 0 }
        return rows.firstIndex(of: shown[selected]) ?? 0
    }

    /// The menu's rows in a body `height` rows tall. A small window keeps the
    /// meetings' row only on a day with meetings, and only when neither the
    /// week's focus nor a problem needs the row under the menu.
    static func rows(height: Int, context: ScreenContext) -> [HomeMenu.Item] {
        guard height < HomeMenu.items.count + 2 else { return HomeMenu.items }
        let rowIsFree = context.focus == nil && context.data.journalProblems.isEmpty && context.data.configProblems.isEmpty
        let hasMeetings = rowIsFree && !MeetingDay(day: context.today, schedule: context.data.config.schedule,
                                                   records: context.data.journal.records(from: context.today)).isEmpty
        return HomeMenu.rows(forHeight: height, keepsMeetings: hasMeetings)
    }

    /// A config problem wrapped to the width, at most three rows and no more
    /// than `rows`; cut short with "…" when it does not fit.
    static func problemLines(_ problem: String?, width: Int, rows: Int) -> [String] {
        guard let problem, rows > 0, width > 0 else { return [] }
        let lines = problem.wrapped(toWidth: width)
        let room = min(3, rows)
        guard lines.count > room else { return lines }
        var kept = Array(lines.prefix(room))
        let last = kept[room - 1]
        kept[room - 1] = (last.displayWidth < width ? last : String(last.dropLast())) + "…"
        return kept
    }
}
