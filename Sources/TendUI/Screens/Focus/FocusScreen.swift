import TendCore

/// The week's focus: its card and for whom, which day it is, the seven
/// days as marks, and the card itself. From here today can be marked as
/// done (`y`; `n` takes it back), another card chosen (the library), or the
/// week stopped early, after a question.
public struct FocusScreen: Screen {
    static let stopTag: SaveTag = "focus.stop"
    /// Today's answer goes out in one record, or two (see `FocusChange.answer`).
    static let todayTags: [SaveTag] = ["focus.today", "focus.today-day"]

    public let title = "Your week"
    /// The question before stopping, while it is asked.
    private(set) var confirm: Confirm?
    private(set) var saves = PendingSaves()

    /// Whether today is marked as done, as the keys last saw it (for the
    /// footer); nil when the week is not running today.
    private(set) var todayDone: Bool?

    public init(context: ScreenContext) {
        todayDone = Self.todayDone(context)
    }

    private static func todayDone(_ context: ScreenContext) -> Bool? {
        guard let focus = context.focus, focus.isRunning else { return nil }
        return focus.week.doneDays.contains(focus.today)
    }

    /// The answer on its way: what it says, and what today said before.
    struct Answer: Hashable, Sendable {
        var done: Bool
        var wasDone: Bool
    }
    private(set) var answered: Answer?

    enum Intent: Sendable { case today(Bool), library, stop, back }

    private var keys: KeyMap<Intent> {
        // Two keys, not one that toggles: a double press can never undo itself.
        let today: [KeyBinding<Intent>] = todayDone.map { done in
            [KeyBinding([.character("y")], "y", "it happened today", .today(true), footer: done ? nil : "it happened"),
             KeyBinding([.character("n")], "n", "not today after all (takes back a yes)", .today(false),
                        footer: done ? "not today" : nil)]
        } ?? []
        return KeyMap(today + [
            KeyBinding([.character("l"), .enter], "l", "choose another card in the library", .library, footer: "library"),
            KeyBinding([.character("s")], "s", "stop the week early (asks first)", .stop, footer: "stop"),
            KeyBinding([.escape, .character("q")], "Esc", "back home", .back, footer: "back"),
        ])
    }

    public var keyHelp: ScreenKeys { confirm?.keyHelp ?? keys.keyHelp }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        todayDone = Self.todayDone(context)
        if let answer = saves.answer(to: event) {
            guard case .success = answer.result else { return [] }
            guard Self.todayTags.contains(answer.tag) else { return [.report(Report(context.data.prompts.focus.stopped)), .pop] }
            // Two records take back a yes; one report, once the last is in.
            guard saves.isEmpty, let answered else { return [] }
            return [.report(Report(said(answered.done, answered.wasDone, context)))]
        }
        guard case .keyPressed(let key) = event else { return [] }
        if let question = confirm {
            confirm = nil
            guard question.answer(to: key) == .yes, let focus = context.focus else { return [] }
            return saves.save(FocusChange.stop(focus, now: context.localNow), tag: Self.stopTag)
        }
        switch keys.intent(for: key) {
        case .today(let done)?:
            guard let focus = context.focus, let wasDone = todayDone, saves.isEmpty else { return [] }
            // Already so: a yes again, or a no already given, writes nothing.
            guard done != wasDone || (!done && !focus.isTodayAnswered) else { return [.report(Report(said(done, wasDone, context)))] }
            let payloads = FocusChange.answer(focus, done: done, todaysCheckIn: context.data.journal.checkIns(on: context.today).last)
            answered = Answer(done: done, wasDone: wasDone)
            return zip(payloads, Self.todayTags).flatMap { saves.save($0, tag: $1) }
        case .library?: return [.replace(.library)]
        case .back?: return [.pop]
        case .stop?:
            guard let focus = context.focus else { return [] }
            confirm = Confirm(title: "Stop", question: "Stop your week of \(context.focusCard(focus))?",
                              detail: focus.isUpcoming ? "It has not begun yet." : "Day \(focus.day) of 7. The days so far stay in your journal.",
                              yes: ("yes, stop it", "stop"), no: ("keep going", "keep going"),
                              footnote: "y stops it · any other key keeps it")
            return []
        case nil: return []
        }
    }

    /// "Noted: it happened today.", "Taken back: …", or "Not today, then. …".
    private func said(_ done: Bool, _ wasDone: Bool, _ context: ScreenContext) -> String {
        let words = context.data.prompts.focus
        return done ? words.markedDone : wasDone ? words.markedOpen : words.markedNot
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
