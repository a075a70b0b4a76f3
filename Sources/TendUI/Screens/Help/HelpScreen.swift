import TendCore

/// `?`: every key of the screen below it, generated from that screen's key map.
public struct HelpScreen: Screen {
    public let title: String
    private let entries: [KeyHelp]
    /// The keys' rows, scrolled when the box is shorter than the list.
    private(set) var list: ScrollingList

    private enum Intent { case close }
    private static let keys = KeyMap<Intent>([
        KeyBinding([.escape, .character("q"), .character("?")], "Esc", "close help", .close, footer: "close"),
    ])

    public init(for screen: any Screen) {
        title = "Help: \(screen.title)"
        entries = screen.keyHelp.all + [
            KeyHelp("?", "this help"),
            KeyHelp("Ctrl-Z", "suspend (fg to come back)"),
        ]
        list = ScrollingList(count: entries.count, keys: ListMove.bindings(next: "scroll down", previous: "scroll up",
                                                                           moves: [.down, .up]), selects: false)
    }

    public var keyHelp: ScreenKeys { Self.keys.keyHelp.merged(with: list.keyHelp) }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        guard case .keyPressed(let key) = event else { return [] }
        if Self.keys.intent(for: key) == .close { return [.pop] }
        list.resize(pageHeight: rows(in: context.body).height)
        _ = list.handle(key)
        return []
    }

    /// The widest the keys' column gets; longer keys are cut.
    private var keyWidth: Int { min(14, entries.map(\.keys.displayWidth).max() ?? 0) }

    /// The box: wide enough for the widest line (at least 36 columns), as tall as the list, both within `area`.
    private func box(in area: Rect) -> Rect {
        // A margin of two each side, two between a key and what it does.
        let lineWidth = 2 + keyWidth + 2 + (entries.map(\.action.displayWidth).max() ?? 0) + 2
        let room = area.inset(by: Margins(horizontal: 1)).width
        return area.centered(width: min(room, max(36, lineWidth)), height: min(area.height, entries.count + 2))
    }

    /// The rows inside the box's border, with room for its margins.
    private func rows(in area: Rect) -> Rect { box(in: area).inset(by: Margins(top: 1, left: 2, bottom: 1, right: 2)) }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let box = box(in: area), inner = rows(in: area)
        canvas.box(box, title: "Keys")
        if list.state.window(count: entries.count, height: inner.height).upperBound < entries.count {
            canvas.write(" more ↓ ", in: Layout.columns(box.bottom(1), [.fill, .fixed(8), .fixed(2)])[1], style: .muted)
        }
        list.render(into: &canvas, area: inner, showsScrollMark: false) { canvas, index, row, _ in
            let columns = Layout.columns(row, [.fixed(keyWidth), .fill], gap: 2)
            canvas.write(entries[index].keys, in: columns[0], style: .key)
            canvas.write(entries[index].action, in: columns[1])
        }
    }
}
