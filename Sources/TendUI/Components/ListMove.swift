/// A move through a list or a scrolled view, as its keys ask.
public enum ListMove: Hashable, Sendable {
    case down, up, pageDown, pageUp, halfDown, halfUp, top, bottom, wheelDown, wheelUp

    /// The moving keys, named for what the list holds ("next entry", "first").
    /// - Parameters:
    ///   - moves: the moves a list offers, in the order `?` lists them.
    ///   - footer: the footer word for `down`, if the footer should show it.
    public static func bindings(next: String, previous: String, first: String = "top", last: String = "bottom",
                                moves: [ListMove] = [.down, .up, .pageDown, .pageUp, .top, .bottom],
                                footer: String? = nil, pageDownKeys: [Key] = [.pageDown, .control("f")])
        -> [KeyBinding<ListMove>] {
        moves.map { move in
            switch move {
            case .down: return KeyBinding([.down, .character("j")], "j/↓", next, .down, footer: footer)
            case .up: return KeyBinding([.up, .character("k")], "k/↑", previous, .up)
            case .pageDown: return KeyBinding(pageDownKeys, "PgDn", "a page down", .pageDown)
            case .pageUp: return KeyBinding([.pageUp, .control("b")], "PgUp", "a page up", .pageUp)
            case .halfDown: return KeyBinding([.control("d")], "Ctrl-D", "half a page down", .halfDown)
            case .halfUp: return KeyBinding([.control("u")], "Ctrl-U", "half a page up", .halfUp)
            case .top: return KeyBinding([.home, .character("g")], "g/Home", first, .top)
            case .bottom: return KeyBinding([.end, .character("G")], "G/End", last, .bottom)
            case .wheelDown: return KeyBinding([.wheelDown], "wheel ↓", "scroll down", .wheelDown)
            case .wheelUp: return KeyBinding([.wheelUp], "wheel ↑", "scroll up", .wheelUp)
            }
        }
    }
}

extension ListState {
    /// Carries out `move` in a list of `count` rows whose window is `height`
    /// rows. Pages move the selection by a page when `pagesMoveSelection`,
    /// else they scroll the window and take the selection along.
    public mutating func apply(_ move: ListMove, count: Int, height: Int, pagesMoveSelection: Bool = false,
                               isSelectable: (Int) -> Bool = { _ in true }) {
        let height = max(1, height), half = max(1, height / 2)
        guard let selected else {
            switch move {
            case .down: scroll(by: 1, count: count, height: height)
            case .up: scroll(by: -1, count: count, height: height)
            case .pageDown, .wheelDown: scroll(by: move == .pageDown ? height : 3, count: count, height: height)
            case .pageUp, .wheelUp: scroll(by: move == .pageUp ? -height : -3, count: count, height: height)
            case .halfDown: scroll(by: half, count: count, height: height)
            case .halfUp: scroll(by: -half, count: count, height: height)
            case .top: scroll(by: -count, count: count, height: height)
            case .bottom: scroll(by: count, count: count, height: height)
            }
            return
        }
        switch move {
        case .down: select(selected + 1, count: count, height: height)
        case .up: select(selected - 1, count: count, height: height)
        case .top: select(0, count: count, height: height)
        case .bottom: select(count - 1, count: count, height: height)
        case .pageDown where pagesMoveSelection: select(selected + height, count: count, height: height)
        case .pageUp where pagesMoveSelection: select(selected - height, count: count, height: height)
        case .pageDown: scroll(by: height, count: count, height: height, isSelectable: isSelectable)
        case .pageUp: scroll(by: -height, count: count, height: height, isSelectable: isSelectable)
        case .halfDown: scroll(by: half, count: count, height: height, isSelectable: isSelectable)
        case .halfUp: scroll(by: -half, count: count, height: height, isSelectable: isSelectable)
        case .wheelDown: scroll(by: 3, count: count, height: height, isSelectable: isSelectable)
        case .wheelUp: scroll(by: -3, count: count, height: height, isSelectable: isSelectable)
        }
    }
}
