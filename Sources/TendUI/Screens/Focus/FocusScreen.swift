import TendCore

/// The week's focus: its card and for whom, which day it is, the seven
/// days as marks, and the card itself. From here another card can be
/// chosen (the library) or the week stopped early, after a question.
public struct FocusScreen: Screen {
    static let stopTag: SaveTag = "focus.stop"

    public let title = "Your week"
    /// The question before stopping, while it is asked.
    private(set) var confirm: Confirm?
    private(set) var saves = PendingSaves()

    public init() {}

    enum Intent: Sendable { case library, stop, back }

    private static let keys = KeyMap<Intent>([
        KeyBinding([.character("l"), .enter], "l", "choose another card in the library", .library, footer: "library"),
        KeyBinding([.character("s")], "s", "stop the week early (asks first)", .stop, footer: "stop"),
        KeyBinding([.escape, .character("q")], "Esc", "back home", .back, footer: "back"),
    ])

    public var keyHelp: ScreenKeys { confirm?.keyHelp ?? Self.keys.keyHelp }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        if let answer = saves.answer(to: event) {
            guard case .success = answer.result else { return [] }
            return [.report(Report(context.data.prompts.focus.stopped)), .pop]
        }
        guard case .keyPressed(let key) = event else { return [] }
        if let question = confirm {
            confirm = nil
            guard question.answer(to: key) == .yes, let focus = context.focus else { return [] }
            return saves.save(FocusChange.stop(focus, now: context.localNow), tag: Self.stopTag)
        }
        switch Self.keys.intent(for: key) {
        case .library?: return [.replace(.library)]
        case .back?: return [.pop]
        case .stop?:
            guard let focus = context.focus else { return [] }
            confirm = Confirm(title: "Stop", question: "Stop your week of \(context.focusCard(focus))?",
                              detail: "Day \(max(1, focus.day)) of 7. The days so far stay in your journal.",
                              yes: ("yes, stop it", "stop"), no: ("keep going", "keep going"),
                              footnote: "y stops it · any other key keeps it")
            return []
        case nil: return []
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        var flow = Flow(area.content.dropping(top: area.height >= 12 ? 1 : 0))
        let words = context.data.prompts.focus
        guard let focus = context.focus else {
            flow.place(Paragraph(words.none, style: Style(bold: true)), into: &canvas)
            flow.skip()
            flow.place(Paragraph("l opens the library: choose one there.", style: .muted), into: &canvas)
            return
        }
        let card = context.focusCard(focus)
        let heading = focus.isUpcoming ? FocusWords.fill(words.upcoming, ["card": card]) : words.dayLine(focus.day, card: card)
        flow.place(Paragraph(heading, style: Style(.warm, bold: true)), into: &canvas)
        let gap = area.height >= 16 ? 1 : 0
        flow.skip(gap)
        FocusMarksView.renderWithDays(focus.week, marks: focus.marks, into: &canvas, area: flow.next(2))
        if area.height >= 14 { canvas.write(words.legend, in: flow.next(), style: .muted) }
        flow.skip()
        if let practice = context.data.practices.practice(withID: focus.card) {
            flow.place(Paragraph(practice.how), into: &canvas)
            flow.skip(gap)
            flow.place(Paragraph(practice.why, style: .muted), into: &canvas)
            flow.skip(gap)
            flow.place(Paragraph(context.data.prompts.followUp(for: practice), style: .muted), into: &canvas)
        }
        confirm?.render(into: &canvas, area: area, context: context)
    }
}
