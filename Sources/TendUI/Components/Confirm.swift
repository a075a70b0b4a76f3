import TendCore

/// A question with a yes: `y` says yes; `n`, Esc and any other key say no.
/// Drawn as a small box over the middle of the area.
public struct Confirm: Component {
    public enum Answer: Hashable, Sendable { case yes, no }

    public var title: String
    public var question: String
    /// A line of what it is about, quieter.
    public var detail: String
    /// What the keys do, for `?` and the footer: ("yes, delete it", "delete").
    public var yes: (help: String, footer: String)
    public var no: (help: String, footer: String)
    /// The last line of the box: how to answer.
    public var footnote: String

    public init(title: String, question: String, detail: String = "", yes: (help: String, footer: String),
                no: (help: String, footer: String), footnote: String) {
        self.title = title; self.question = question; self.detail = detail; self.yes = yes; self.no = no
        self.footnote = footnote
    }

    public static func == (a: Confirm, b: Confirm) -> Bool {
        a.title == b.title && a.question == b.question && a.detail == b.detail && a.yes == b.yes && a.no == b.no
            && a.footnote == b.footnote
    }

    public var keyHelp: ScreenKeys {
        KeyMap<Answer>([
            KeyBinding([.character("y")], "y", yes.help, .yes, footer: yes.footer),
            KeyBinding([.character("n"), .escape], "n", no.help, .no, footer: no.footer),
        ]).keyHelp
    }

    /// The answer a key gives: only `y` is yes.
    public func answer(to key: Key) -> Answer { key == .character("y") ? .yes : .no }

    /// A confirm answers through `answer(to:)`; it asks for nothing itself.
    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] { [] }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let box = area.centered(width: min(area.width - 2, 56), height: 6)
        canvas.fill(box)
        canvas.box(box, title: title, style: Style(.alert))
        let rows = Layout.rows(box.inset(dx: 2, dy: 1), [.fixed(1), .fixed(1), .fixed(1), .fixed(1)])
        canvas.write(question, in: rows[0], style: Style(bold: true))
        canvas.write(detail, in: rows[1], style: .muted)
        canvas.write(footnote, in: rows[3])
    }
}
