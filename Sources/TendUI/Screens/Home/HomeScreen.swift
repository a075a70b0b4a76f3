import Foundation
import TendCore

/// Home: a greeting, today's three rituals and where they stand, and the
/// ways into everything else.
public struct HomeScreen: Screen {
    public let title = "Home"
    private var selection = 0

    enum Intent: Sendable {
        case open(HomeMenu.Item), tally(Tally.Tone), up, down, choose, top, bottom, quit, letters
    }

    static let keys: KeyMap<Intent> = {
        let items = HomeMenu.items.map { item in
            KeyBinding<Intent>([.character(item.key)], String(item.key), "open \(item.name.lowercased())",
                               .open(item), footer: item.shortName)
        }
        return KeyMap(items + [
            KeyBinding([.down, .character("j")], "j/↓", "move down", .down),
            KeyBinding([.up, .character("k")], "k/↑", "move up", .up),
            KeyBinding([.home, .pageUp, .character("g")], "g/Home", "first item", .top),
            KeyBinding([.end, .pageDown, .character("G")], "G/End", "last item", .bottom),
            KeyBinding([.enter], "Enter", "open the chosen item", .choose),
            KeyBinding([.character("+")], "+", "note a good moment", .tally(.positive)),
            KeyBinding([.character("-")], "-", "note a hard moment", .tally(.negative)),
            KeyBinding([.character("l")], "l", "read letters sent to you", .letters),
            KeyBinding([.character("q")], "q", "quit Tend", .quit, footer: "quit"),
        ])
    }()

    public init() {}

    public var keyHelp: ScreenKeys { Self.keys.keyHelp }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        guard case .keyPressed(let key) = event, let intent = Self.keys.intent(for: key) else { return [] }
        let count = HomeMenu.items.count
        switch intent {
        case .down: selection = (selection + 1) % count
        case .up: selection = (selection + count - 1) % count
        case .top: selection = 0
        case .bottom: selection = count - 1
        case .quit: return [.quit(status: 0)]
        case .tally(let tone): return [.push(.tally(tone))]
        case .letters: return LettersLine.open(context)
        case .choose: return open(HomeMenu.items[selection], context: context)
        case .open(let item):
            selection = HomeMenu.items.firstIndex(of: item) ?? selection
            return open(item, context: context)
        }
        return []
    }

    private func open(_ item: HomeMenu.Item, context: ScreenContext) -> [Effect] { [.push(item.route)] }

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
        // Blank rows around the greeting only when the menu and the balance still fit.
        let isRoomy = area.height >= HomeMenu.items.count + 5
        var y = area.y + (isRoomy ? 1 : 0)
        // With no row of its own below the menu, the balance takes the streak's place.
        let hasBalanceRow = area.height >= HomeMenu.items.count + 3
        // And with no row at all below it, a mistake in the journal or the config takes the greeting's,
        // so it is never hidden; a letter's mark keeps its place at the row's end.
        let problemOnTop = area.height <= HomeMenu.items.count + 1
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
        let nameWidth = HomeMenu.items.map(\.name.displayWidth).max() ?? 0
        let statusX = left + 5 + nameWidth + 3
        for (index, item) in HomeMenu.items.enumerated() where y < area.maxY {
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
        if let practice = summary.practice, y + 1 < end {
            canvas.write("Today's practice", x: left, y: y, style: .muted)
            canvas.write(practice.name, x: left + 2, y: y + 1, style: Style(bold: true), truncatingTo: width - 2)
            for (i, line) in practice.how.wrapped(toWidth: width - 2).enumerated() where y + 2 + i < end {
                canvas.write(line, x: left + 2, y: y + 2 + i)
            }
        } else if y < end {
            for (i, line) in HomeMenu.items[selection].detail.wrapped(toWidth: width).enumerated() where y + i < end {
                canvas.write(line, x: left, y: y + i, style: .muted)
            }
        }
        let problemTop = (hasBalanceRow ? balanceRow : area.maxY) - problemRows.count
        for (offset, line) in problemRows.enumerated() {
            canvas.write(line, x: left, y: problemTop + offset, style: Style(.alert), truncatingTo: width)
        }
        if hasBalanceRow, balanceRow >= y {
            BalanceLine.render(summary.balance, words: context.data.prompts.balance, into: &canvas,
                               x: left, y: balanceRow, width: width)
        }
    }
}
