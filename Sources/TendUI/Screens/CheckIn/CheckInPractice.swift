import TendCore

/// The practice step of the morning check-in. While a week's focus runs it
/// comes first ("Day 3 of your week: A real good morning, for Ana"), with
/// today's card one key away (`d`, and `d` again goes back). Otherwise it
/// is today's card: `n` suggests another, and `f` makes it the week's focus
/// too, from the moment the check-in is saved. `l` opens the library.
struct CheckInPractice: Hashable, Sendable {
    static let focusTag: SaveTag = "check-in.focus"
    static let stopTag: SaveTag = "check-in.focus-stop"

    /// Steps along the day's suggestions, for `n`.
    private(set) var offset = 0
    /// True while the running focus is the one offered (not today's card).
    private(set) var takesFocus: Bool
    /// True when today's card becomes the week's focus as the check-in is saved.
    private(set) var makesFocus = false
    /// True when a focus was running as the check-in began.
    let hasRunningFocus: Bool

    init(context: ScreenContext, choices: [String: Int] = [:]) {
        offset = max(0, choices["practiceOffset"] ?? 0)
        hasRunningFocus = context.focus?.isRunning == true
        takesFocus = hasRunningFocus && choices["daily"] != 1
        makesFocus = choices["makesFocus"] == 1 && !takesFocus
    }

    /// What a draft keeps of it.
    var draftChoices: [String: Int] {
        ["practiceOffset": offset, "daily": takesFocus ? 0 : 1, "makesFocus": makesFocus ? 1 : 0]
    }

    enum Intent: Hashable, Sendable { case another, daily, makeFocus, library }

    /// The step's own keys, wrapped into the screen's intents.
    func bindings<Outer>(_ wrap: (Intent) -> Outer) -> [KeyBinding<Outer>] {
        let running = hasRunningFocus
        var keys: [KeyBinding<Outer>] = []
        if running {
            keys.append(KeyBinding([.character("d")], "d", takesFocus ? "today's card instead" : "back to your week's card",
                                   wrap(.daily), footer: takesFocus ? "today's card" : "your week"))
        }
        if !takesFocus {
            keys.append(KeyBinding([.character("n")], "n", "suggest another practice", wrap(.another), footer: "another"))
            if !running {
                keys.append(KeyBinding([.character("f")], "f", "make this my focus for the week (again: not)", wrap(.makeFocus),
                                       footer: makesFocus ? "not my focus" : "my focus"))
            }
        }
        keys.append(KeyBinding([.character("l")], "l", "the practice library", wrap(.library)))
        return keys
    }

    mutating func handle(_ intent: Intent, context: ScreenContext) -> [Effect] {
        switch intent {
        case .another: offset += 1
        case .daily: takesFocus.toggle(); makesFocus = false
        case .makeFocus: makesFocus.toggle()
        case .library: return [.push(.library)]
        }
        return []
    }

    /// The card the check-in takes: the focus's, or today's suggestion `offset` steps along.
    func practice(_ context: ScreenContext) -> Practice? {
        if takesFocus, let focus = context.focus, let card = context.data.practices.practice(withID: focus.card) { return card }
        let daily = DailyPractice(library: context.data.practices, preferences: context.data.config.practices)
        // The days before today only: today's own pick must not move today's suggestion.
        let recent = context.data.journal.practiceIDs(from: context.today.adding(days: -DailyPractice.repeatWindowDays),
                                                      through: context.today.adding(days: -1))
        return daily.suggestion(forDay: context.dayNumber, recent: recent, offset: offset)?.practice
    }

    /// The name to start the person step with: the focus's person.
    func person(_ context: ScreenContext) -> String? { takesFocus ? context.focus?.person : nil }

    /// The records to save with the check-in: the new focus, when `f` asked for one.
    func saves(person: String?, context: ScreenContext) -> [(Payload, SaveTag)] {
        guard makesFocus, !takesFocus, let card = practice(context) else { return [] }
        return FocusChange.start(card: card.id, person: person, now: context.localNow, current: context.focus).map { payload in
            if case .edit = payload { return (payload, Self.stopTag) }
            return (payload, Self.focusTag)
        }
    }

    /// The practice's line in the summary.
    func summary(_ context: ScreenContext) -> String {
        let name = practice(context)?.name ?? ""
        return takesFocus || makesFocus ? name + " · your week's focus" : name
    }

    func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.focus
        let isCompact = area.height < 10
        var flow = Flow(area)
        if takesFocus, let focus = context.focus {
            flow.place(Paragraph(words.dayLine(focus.day, card: context.focusCard(focus)), style: Style(.warm, bold: true)),
                       into: &canvas)
        } else {
            canvas.write("Today's practice:", in: flow.next(), style: Style(bold: true))
        }
        guard let card = practice(context) else { return }
        if isCompact {
            // A small window: the card's how, and this step's own keys (the footer has no room for them).
            let keys = bindings { $0 }.compactMap { binding in binding.footerAction.map { "\(binding.help.keys) \($0)" } }
            let keyRow = flow.rest.bottom(keys.isEmpty ? 0 : 1)
            var inner = Flow(flow.rest.dropping(bottom: keyRow.height).dropping(left: 2))
            if !takesFocus { canvas.write(card.name, in: inner.next(), style: Style(bold: true)) }
            inner.place(Paragraph(card.how, overflowMark: "…"), into: &canvas)
            canvas.write(keys.joined(separator: " · "), in: keyRow, style: .muted)
            return
        }
        flow.skip()
        let first = FocusCalendar.firstDay(choosingAt: context.localNow) == context.today ? words.firstToday : words.firstTomorrow
        let tip: String? = takesFocus ? words.checkInTip : makesFocus ? words.checkInMade + " " + first : nil
        // The tip keeps its rows under the card; a short window cuts the card first.
        let tipRows = tip.map { Paragraph($0).height(width: flow.rest.width, limit: 2) + 1 } ?? 0
        let room = flow.rest.dropping(bottom: tipRows).dropping(left: 2)
        let height = min(room.height, PracticeCardView.height(card, width: room.width))
        PracticeCardView.render(card, into: &canvas, area: room.top(height))
        flow.skip(height)
        if let tip {
            flow.skip()
            flow.place(Paragraph(tip, style: makesFocus ? Style(.good) : .muted), into: &canvas)
        }
    }
}
