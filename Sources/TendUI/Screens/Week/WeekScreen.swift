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


    public let title = "Week"
    private(set) var stats: HabitStats
    private(set) var loading = Loading.waiting
    /// The lines' one list state: what scrolled out of sight above.
    private(set) var list = ScrollingList(count: 0, keys: ListMove.bindings(
        next: "scroll down", previous: "scroll up", footer: "scroll", pageDownKeys: [.pageDown, .character(" "), .control("f")]),
        selects: false)

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

    private static let leaveKeys = KeyMap<Bool>([KeyBinding([.escape, .character("q")], "q", "back", true, footer: "back")])

    public var keyHelp: ScreenKeys { list.keyHelp.merged(with: Self.leaveKeys.keyHelp) }

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
            if Self.leaveKeys.intent(for: key) != nil { return effects + [.pop] }
            clampScroll(context)
            _ = list.handle(key)
            return effects
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

    /// Fits the list to the lines there are and the rows that show them.
    private mutating func clampScroll(_ context: ScreenContext) {
        let area = Self.linesArea(context.body)
        list.resize(count: lines(context, in: area).count, pageHeight: area.height)
    }

    private func lines(_ context: ScreenContext, in area: Rect) -> [WeekLine] {
        WeekLayout(stats: stats, practices: context.data.practices, prompts: context.data.prompts)
            .lines(width: max(1, area.width), height: max(1, area.height))
    }

    /// Where the lines go: the body's text columns, less the last row, kept free for notes.
    static func linesArea(_ body: Rect) -> Rect { body.content.dropping(bottom: 1) }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let linesArea = Self.linesArea(area)
        let lines = lines(context, in: linesArea)
        // The window is worked out from the lines drawn now: update counted them for the size it saw.
        let window = list.state.window(count: lines.count, height: max(1, linesArea.height))
        var rows = Flow(linesArea)
        for index in window {
            let row = rows.next()
            lines[index].render(into: &canvas, x: row.x, y: row.y, width: max(1, linesArea.width))
        }
        let note = window.upperBound < lines.count ? "↓ more" : window.lowerBound > 0 ? "↑ above" : ""
        canvas.write(note, in: area.content.bottom(1).right(note.displayWidth), style: .muted)
    }
}
