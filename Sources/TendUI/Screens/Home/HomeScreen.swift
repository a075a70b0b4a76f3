import Foundation
import TendCore

/// Home: a greeting, today's three rituals and where they stand, and the
/// ways into everything else.
public struct HomeScreen: Screen {
    public let title = "Home"
    private var selection = 0

    enum Intent: Sendable {
        case open(HomeMenu.Item), up, down, choose, top, bottom, quit
    }

    static let keys: KeyMap<Intent> = {
        let items = HomeMenu.items.map { item in
            KeyBinding<Intent>([.character(item.key)], String(item.key), "open \(item.name.lowercased())",
                               .open(item), footer: item.shortName)
        }
        return KeyMap(items + [
            KeyBinding([.down, .character("j")], "j/↓", "move down", .down),
            KeyBinding([.up, .character("k")], "k/↑", "move up", .up),
            KeyBinding([.home, .character("g")], "g/Home", "first item", .top),
            KeyBinding([.end, .character("G")], "G/End", "last item", .bottom),
            KeyBinding([.enter], "Enter", "open the chosen item", .choose),
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
        case .choose: return open(HomeMenu.items[selection])
        case .open(let item):
            selection = HomeMenu.items.firstIndex(of: item) ?? selection
            return open(item)
        }
        return []
    }

    private func open(_ item: HomeMenu.Item) -> [Effect] {
        [.report(Report("\(item.name) is still being built. It arrives soon."))]
    }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let left = area.x + 2
        var y = area.y + 1
        canvas.write(Greeting.forHour(context.calendar.component(.hour, from: context.now.wall)),
                     x: left, y: y, style: Style(.warm, bold: true), truncatingTo: area.width - 4)
        y += 2
        let nameWidth = HomeMenu.items.map(\.name.displayWidth).max() ?? 0
        let showsDetail = area.width >= nameWidth + 30
        for (index, item) in HomeMenu.items.enumerated() where y < area.maxY {
            let isSelected = index == selection
            canvas.write(isSelected ? "›" : " ", x: left, y: y, style: .key)
            canvas.write(String(item.key), x: left + 2, y: y, style: .key)
            canvas.write(item.name, x: left + 5, y: y, style: isSelected ? Style(bold: true) : .plain)
            if showsDetail {
                let x = left + 5 + nameWidth + 3
                canvas.write(item.detail, x: x, y: y, style: .muted, truncatingTo: area.maxX - x - 1)
            }
            y += 1
        }
    }
}
