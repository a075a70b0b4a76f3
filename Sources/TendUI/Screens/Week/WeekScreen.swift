import TendCore

/// Insights: how the practice is going, as pictures. A calendar heat map of
/// the last weeks, the mood line of the last 30 days, then practices,
/// people, thanks, the streak and this week's pauses. j/k scroll what does
/// not fit.
///
/// The recent weeks the app holds show at once; the whole journal follows
/// through `loadHistory` right after the first frame, and the numbers are
/// worked out again from it in one pass.
public struct WeekScreen: Screen {
    enum Loading: Sendable { case waiting, requested, loaded }

    enum Intent: Sendable { case down, up, pageDown, pageUp, top, bottom, leave }

    public let title = "Week"
    private(set) var stats: HabitStats
    private(set) var loading = Loading.waiting
    private(set) var scroll = 0

    /// Shows the recent entries the app holds, and asks for the whole
    /// journal on its first event.
    public init(context: ScreenContext) {
        stats = HabitStats(records: context.data.journal.records, today: context.today)
    }

    /// Starts with the journal already read (tests, timing harnesses).
    public init(records: [Record], context: ScreenContext) {
        stats = HabitStats(records: records, today: context.today)
        loading = .loaded
    }

    private static let keys = KeyMap<Intent>([
        KeyBinding([.down, .character("j")], "j/↓", "scroll down", .down, footer: "scroll"),
        KeyBinding([.up, .character("k")], "k/↑", "scroll up", .up),
        KeyBinding([.pageDown, .character(" "), .control("f")], "PgDn", "a page down", .pageDown),
        KeyBinding([.pageUp, .control("b")], "PgUp", "a page up", .pageUp),
        KeyBinding([.home, .character("g")], "g/Home", "top", .top),
        KeyBinding([.end, .character("G")], "G/End", "bottom", .bottom),
        KeyBinding([.escape, .character("q")], "q", "back", .leave, footer: "back"),
    ])

    public var keyHelp: ScreenKeys { Self.keys.keyHelp }

    public func nextFrame(after now: Moment) -> Moment? {
        loading == .waiting ? now : nil
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        switch event {
        case .historyLoaded(let records):
            stats = HabitStats(records: records, today: context.today)
            loading = .loaded
            clampScroll(context)
            return []
        case .ticked:
            // After midnight the numbers belong to a new day: read them again.
            if loading == .loaded, stats.today != context.today { loading = .waiting }
            return requestHistory()
        case .keyPressed(let key):
            let effects = requestHistory()
            guard let intent = Self.keys.intent(for: key) else { return effects }
            return effects + handle(intent, context: context)
        case .resized:
            clampScroll(context)
            return []
        default:
            return []
        }
    }

    private mutating func requestHistory() -> [Effect] {
        guard loading == .waiting else { return [] }
        loading = .requested
        return [.loadHistory]
    }

    private mutating func handle(_ intent: Intent, context: ScreenContext) -> [Effect] {
        let page = max(1, Self.visibleRows(context.size) - 1)
        switch intent {
        case .leave: return [.pop]
        case .down: scroll += 1
        case .up: scroll -= 1
        case .pageDown: scroll += page
        case .pageUp: scroll -= page
        case .top: scroll = 0
        case .bottom: scroll = .max
        }
        clampScroll(context)
        return []
    }

    private mutating func clampScroll(_ context: ScreenContext) {
        let rows = Self.visibleRows(context.size)
        let count = layout(context).lines(width: Self.contentWidth(context.size.width), height: rows).count
        scroll = max(0, min(scroll, count - rows))
    }

    private func layout(_ context: ScreenContext) -> WeekLayout {
        WeekLayout(stats: stats, practices: context.data.practices, prompts: context.data.prompts)
    }

    /// Body rows for lines: the frame takes four, and the row above the
    /// footer stays free for notes.
    static func visibleRows(_ size: Size) -> Int { max(1, size.height - 5) }

    static func contentWidth(_ width: Int) -> Int { max(1, width - 4) }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let x = area.x + 2, width = Self.contentWidth(area.width)
        let rows = max(1, area.height - 1)
        let lines = layout(context).lines(width: width, height: rows)
        let top = max(0, min(scroll, lines.count - rows))
        for (offset, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            line.render(into: &canvas, x: x, y: area.y + offset, width: width)
        }
        if top + rows < lines.count {
            let more = "↓ more"
            canvas.write(more, x: area.maxX - 2 - more.displayWidth, y: area.maxY - 1, style: .muted)
        } else if top > 0 {
            let less = "↑ above"
            canvas.write(less, x: area.maxX - 2 - less.displayWidth, y: area.maxY - 1, style: .muted)
        }
    }
}
