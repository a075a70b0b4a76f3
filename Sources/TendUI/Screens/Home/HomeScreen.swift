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

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let left = area.x + 2, width = area.width - 4
        let summary = DaySummary(context: context)
        let items = Self.rows(height: area.height, context: context)
        let selection = selection(in: items)
        // Blank rows around the greeting only when the menu and the balance still fit.
        let isRoomy = area.height >= items.count + 5
        var y = area.y + (isRoomy ? 1 : 0)
        // With no row of its own below the menu, the balance takes the streak's place.
        let hasBalanceRow = area.height >= items.count + 3
        // And with no row at all below it, a mistake in the journal or the config takes the greeting's,
        // so it is never hidden; a letter's mark keeps its place at the row's end.
        let problemOnTop = area.height <= items.count + 1
            ? context.data.journalProblems.first ?? context.data.configProblems.first : nil
        let greeting = Greeting.forHour(context.calendar.component(.hour, from: context.now.wall))
        if let problemOnTop {
            let markRoom = LettersLine.mark(context).map { $0.displayWidth + 2 } ?? 0
            canvas.write(problemOnTop, x: left, y: y, style: Style(.alert), truncatingTo: width - markRoom)
        } else {
            canvas.write(greeting, x: left, y: y, style: Style(.warm, bold: true), truncatingTo: width)
        }
        let room = width - greeting.displayWidth - 3
        let greetingRow = y
        // Columns taken at the right end of the greeting row.
        var rightUsed = 0
        if problemOnTop != nil {
            // The mistake has the row, but for a letter's mark.
        } else if !hasBalanceRow, !summary.balance.isEmpty {
            let spans = BalanceLine.spans(summary.balance, width: room)
            rightUsed = BalanceLine.columns(of: spans)
            BalanceLine.render(spans, into: &canvas, x: area.maxX - 2 - rightUsed, y: y, width: room)
        } else if summary.streak > 1 {
            let streak = summary.streakText
            if streak.displayWidth <= room {
                rightUsed = streak.displayWidth
                canvas.write(streak, x: area.maxX - 2 - streak.displayWidth, y: y, style: Style(.good))
            }
        }
        y += isRoomy ? 2 : 1
        let nameWidth = items.map(\.name.displayWidth).max() ?? 0
        let statusX = left + 5 + nameWidth + 3
        for (index, item) in items.enumerated() where y < area.maxY {
            let isSelected = index == selection
            canvas.write(isSelected ? "›" : " ", x: left, y: y, style: .key)
            canvas.write(String(item.key), x: left + 2, y: y, style: .key)
            canvas.write(item.name, x: left + 5, y: y, style: isSelected ? Style(bold: true) : .plain,
                         truncatingTo: width - 5)
            let status = summary.status(for: item)
            let mark = status.isDone ? "✓ " : ""
            let room = area.maxX - statusX - 1
            // Narrow windows get a compact status rather than a cut sentence.
            let text = (mark + status.text).displayWidth <= room ? mark + status.text : mark + summary.shortStatus(for: item)
            canvas.write(text, x: statusX, y: y, style: status.isDone ? Style(.good) : .muted, truncatingTo: max(0, room))
            y += 1
        }
        let afterMenu = y
        y += 1
        // The last row holds the balance; a problem in the journal or the config, wrapped, the rows above it.
        let balanceRow = area.maxY - 1
        let problem = context.data.journalProblems.first ?? context.data.configProblems.first
        let problemRows = Self.problemLines(problem, width: width,
                                            rows: (hasBalanceRow ? balanceRow : area.maxY) - afterMenu)
        let end = balanceRow - (problemRows.isEmpty ? 1 : problemRows.count + 1)
        // A letter waiting: one quiet line above today's practice, where the problem rows leave room;
        // else, in a small window, a mark beside the greeting.
        if y + 1 < end, LettersLine.render(into: &canvas, x: left, y: y, width: width, context: context) {
            y += 2
        } else if let mark = LettersLine.mark(context), mark.displayWidth <= room - rightUsed - (rightUsed > 0 ? 2 : 0) {
            let x = area.maxX - 2 - rightUsed - (rightUsed > 0 ? 2 : 0) - mark.displayWidth
            canvas.write(mark, x: x, y: greetingRow, style: Style(.warm))
        }
        let problemTop = (hasBalanceRow ? balanceRow : area.maxY) - problemRows.count
        // The week's focus takes today's practice's place; without one, a line says how to choose one.
        let free = Rect(x: left, y: y, width: width, height: max(0, end - y))
        if let focus = context.focus {
            // A small window has only the row under the menu: the marks and the card go there.
            let row = Rect(x: left, y: afterMenu, width: width, height: afterMenu < problemTop ? 1 : 0)
            HomeFocusView.render(focus, into: &canvas, area: free.isEmpty ? row : free, context: context)
        } else if let practice = summary.practice, y + 1 < end {
            canvas.write("Today's practice", x: left, y: y, style: .muted)
            canvas.write(practice.name, x: left + 2, y: y + 1, style: Style(bold: true), truncatingTo: width - 2)
            let how = practice.how.wrapped(toWidth: width - 2)
            for (i, line) in how.enumerated() where y + 2 + i < end {
                canvas.write(line, x: left + 2, y: y + 2 + i)
            }
            HomeFocusView.renderHint(after: 2 + how.count, into: &canvas, area: free, context: context)
        } else if y < end {
            let detail = items[selection].detail.wrapped(toWidth: width)
            for (i, line) in detail.enumerated() where y + i < end {
                canvas.write(line, x: left, y: y + i, style: .muted)
            }
            HomeFocusView.renderHint(after: detail.count, into: &canvas, area: free, context: context)
        }
        for (offset, line) in problemRows.enumerated() {
            canvas.write(line, x: left, y: problemTop + offset, style: Style(.alert), truncatingTo: width)
        }
        if hasBalanceRow, balanceRow >= y {
            BalanceLine.render(summary.balance, words: context.data.prompts.balance, into: &canvas,
                               x: left, y: balanceRow, width: width)
        }
    }
}
