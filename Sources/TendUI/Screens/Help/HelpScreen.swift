import TendCore

/// `?`: every key of the screen below it, generated from that screen's key map.
public struct HelpScreen: Screen {
    public let title: String
    private let entries: [KeyHelp]
    private var scroll = 0

    private enum Intent { case close, down, up }
    private static let keys = KeyMap<Intent>([
        KeyBinding([.escape, .character("q"), .character("?")], "Esc", "close help", .close, footer: "close"),
        KeyBinding([.down, .character("j")], "j/↓", "scroll down", .down),
        KeyBinding([.up, .character("k")], "k/↑", "scroll up", .up),
    ])

    public init(for screen: any Screen) {
        title = "Help: \(screen.title)"
        entries = screen.keyHelp.all + [
            KeyHelp("?", "this help"),
            KeyHelp("Ctrl-Z", "suspend (fg to come back)"),
        ]
    }

    public var keyHelp: ScreenKeys { Self.keys.keyHelp }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        guard case .keyPressed(let key) = event, let intent = Self.keys.intent(for: key) else { return [] }
        switch intent {
        case .close: return [.pop]
        case .down: scroll = min(scroll + 1, max(0, entries.count - 1))
        case .up: scroll = max(0, scroll - 1)
        }
        return []
    }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let keyWidth = min(14, entries.map(\.keys.displayWidth).max() ?? 0)
        let boxWidth = min(area.width - 2, max(36, keyWidth + 4 + (entries.map(\.action.displayWidth).max() ?? 0) + 2))
        let box = area.centered(width: boxWidth, height: min(area.height, entries.count + 2))
        canvas.box(box, title: "Keys")
        let inner = box.inset(dx: 2, dy: 1)
        if entries.count - scroll > inner.height {
            canvas.write(" more ↓ ", x: box.maxX - 10, y: box.maxY - 1, style: .muted)
        }
        for (row, entry) in entries.dropFirst(scroll).prefix(inner.height).enumerated() {
            canvas.write(entry.keys, x: inner.x, y: inner.y + row, style: .key, truncatingTo: keyWidth)
            canvas.write(entry.action, x: inner.x + keyWidth + 2, y: inner.y + row,
                         truncatingTo: inner.width - keyWidth - 2)
        }
    }
}
