import TendCore

/// Home's way into the rituals at work: today's meetings, each to open
/// (a breath together or a thank-you) or close (the round), with what has
/// been done already, and another meeting, named on the spot.
public struct MeetingChooserScreen: Screen {
    public let title = "Meetings"
    let choices: [MeetingChoice]
    private(set) var list: ScrollingList
    /// While "another meeting" asks for a name: which end of it.
    private(set) var naming: MeetingPart?
    private(set) var name = TextField(limit: 200, maxWidth: 30)
    /// True when the schedule has no meeting today.
    let isFreeDay: Bool

    public init(context: ScreenContext) {
        let day = MeetingDay(day: context.today, schedule: context.data.config.schedule,
                             records: context.data.journal.records(from: context.today))
        choices = MeetingChoice.choices(for: day)
        isFreeDay = !day.meetings.contains { $0.scheduled != nil }
        list = ScrollingList(count: choices.count,
                             keys: ListMove.bindings(next: "next meeting", previous: "previous meeting",
                                                     moves: [.down, .up, .top, .bottom]),
                             pageHeight: Self.listArea(context.body, isFreeDay: isFreeDay).height)
        let clock = context.localNow.local
        list.select(MeetingChoice.startingIndex(in: choices, minute: clock.hour * 60 + clock.minute))
    }

    enum Intent: Sendable { case choose, back }

    private var keys: KeyMap<Intent> {
        KeyMap([
            KeyBinding([.enter], "Enter", naming == nil ? "open or close this meeting" : "go on (a name is optional)",
                       .choose, footer: naming == nil ? "choose" : "go on"),
            KeyBinding(naming == nil ? [.escape, .character("q")] : [.escape], "Esc", "back", .back, footer: "back"),
        ])
    }

    public var keyHelp: ScreenKeys {
        naming == nil ? keys.keyHelp.merged(with: list.keyHelp) : keys.keyHelp.merged(with: name.keyHelp)
    }

    public var isTakingText: Bool { naming != nil }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        if case .resized = event { list.resize(pageHeight: Self.listArea(context.body, isFreeDay: isFreeDay).height) }
        guard case .keyPressed(let key) = event else { return [] }
        switch keys.intent(for: key) {
        case .choose?:
            if let part = naming { return [.replace(MeetingChoice(part: part).route(label: name.trimmed))] }
            guard let index = list.selected, choices.indices.contains(index) else { return [] }
            let choice = choices[index]
            if choice.isAnother { naming = choice.part; return [] }
            return [.replace(choice.route())]
        case .back?:
            if naming != nil { naming = nil; return [] }
            return [.pop]
        case nil:
            if naming != nil {
                if case .refused = name.handle(key) { return [.bell] }
                return []
            }
            _ = list.handle(key)
            return []
        }
    }

    /// Said on a day the schedule has no meeting.
    static let freeDayNote = Paragraph("tend schedule add-meeting adds one; any meeting can be opened or closed here.",
                                       style: .muted)

    /// The heading, the note on a day without meetings, and the list below them.
    static func layout(_ area: Rect, isFreeDay: Bool) -> (heading: Rect, note: Rect, list: Rect) {
        let gap = area.height >= 12 ? 1 : 0
        var flow = Flow(area.content.dropping(top: gap))
        let heading = flow.next()
        let note = flow.next(isFreeDay ? freeDayNote.height(width: flow.rest.width, limit: 3) : 0)
        flow.skip(gap)
        return (heading, note, flow.rest)
    }

    /// The rows the list is drawn in.
    static func listArea(_ area: Rect, isFreeDay: Bool) -> Rect { layout(area, isFreeDay: isFreeDay).list }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let gap = area.height >= 12 ? 1 : 0
        var flow = Flow(area.content.dropping(top: gap))
        if let naming {
            canvas.write(naming == .open ? "Which meeting are you opening?" : "Which meeting are you closing?",
                         in: flow.next(), style: Style(bold: true))
            flow.skip(gap)
            name.render(into: &canvas, area: flow.next(), context: context)
            flow.skip(gap)
            flow.place(Paragraph("Its name goes with what you save, like \"stand-up\"; or leave it empty.", style: .muted),
                       into: &canvas)
            return
        }
        let parts = Self.layout(area, isFreeDay: isFreeDay)
        canvas.write(isFreeDay ? "No meetings in your schedule today." : "Today's meetings", in: parts.heading,
                     style: Style(bold: true))
        Self.freeDayNote.render(into: &canvas, area: parts.note)
        list.render(into: &canvas, area: parts.list) { canvas, index, row, isSelected in
            let choice = choices[index]
            let inner = SelectionBar.render(into: &canvas, row: row, isSelected: isSelected)
            let columns = Layout.columns(inner, [.fixed(5), .fixed(2), .atMost(22), .fixed(2), .fill])
            let style: Style = isSelected ? .selected : .plain
            canvas.write(choice.time?.description ?? "", in: columns[0], style: isSelected ? .selected : .muted)
            canvas.write(choice.name, in: columns[2], style: style)
            // In a narrow window what was done shrinks to its tick.
            let done = choice.done.map { $0.displayWidth <= columns[4].width ? $0 : "✓" } ?? ""
            canvas.write(done, in: columns[4], style: isSelected ? .selected : Style(.good))
        }
    }
}
