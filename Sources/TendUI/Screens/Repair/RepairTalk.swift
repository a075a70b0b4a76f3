import TendCore

/// What a repair asks after "my part", to find what to say: what it was
/// like for them (one line, with the same no-verdict nudge as "what
/// happened"), what you meant, and one next step, typed or picked from
/// the list in prompts.toml. Each may be skipped. A part of `RepairScreen`.
struct RepairTalk: Equatable, Sendable {
    enum Field: Hashable, Sendable { case forThem, meant, nextStep }

    private(set) var forThem = TextField(limit: 2000)
    private(set) var meant = TextField(limit: 2000)
    private(set) var nextStep = TextField(limit: 2000)
    /// The next steps to pick from; nothing is picked until ↓ is pressed.
    private(set) var steps: ScrollingList
    private(set) var isPicking = false
    /// Shown once when their side reads as a verdict; Enter again goes on.
    private(set) var nudge: String?

    /// The list's moves: arrows only, since letters are typed into the field.
    static let pickKeys: [KeyBinding<ListMove>] = [
        KeyBinding([.down], "↓", "pick the next step below", .down),
        KeyBinding([.up], "↑", "pick the one above", .up),
    ]

    init(stepCount: Int, forThem: String = "", meant: String = "", nextStep: String = "") {
        steps = ScrollingList(count: stepCount, keys: Self.pickKeys, pageHeight: stepCount)
        self.forThem = TextField(forThem, limit: 2000)
        self.meant = TextField(meant, limit: 2000)
        self.nextStep = TextField(nextStep, limit: 2000)
    }

    var hasWords: Bool { !forThem.isEmpty || !meant.isEmpty || !nextStep.isEmpty }
    var keyHelp: ScreenKeys { forThem.keyHelp }

    /// The answers as they are saved: trimmed, nil when skipped.
    func answer(_ field: Field) -> String? {
        let text = self.field(field).trimmed
        return text.isEmpty ? nil : text
    }

    func field(_ field: Field) -> TextField {
        switch field {
        case .forThem: return forThem
        case .meant: return meant
        case .nextStep: return nextStep
        }
    }

    /// The draft of the words, from the answers as they stand.
    func draft(_ words: RepairDraftWords) -> String {
        words.draft(forThem: answer(.forThem), meant: answer(.meant), nextStep: answer(.nextStep))
    }

    /// Enter on a step: false while the nudge on their side is shown for the first time.
    mutating func mayGoOn(from field: Field, context: ScreenContext) -> Bool {
        guard field == .forThem, nudge == nil, context.data.prompts.repair.nudge(for: forThem.text) != nil else { return true }
        nudge = context.data.prompts.repairDraft.forThemNudge
        return false
    }

    /// ↓ or ↑ on the next step: picks from the list and puts its words in the field.
    mutating func pick(_ key: Key, from list: [String]) -> Bool {
        guard let move = steps.keys.intent(for: key), !list.isEmpty else { return false }
        if isPicking { steps.apply(move) } else if move == .down { isPicking = true; steps.select(0) } else { return false }
        if let index = steps.selected, list.indices.contains(index) { nextStep.set(list[index]) }
        return true
    }

    /// A key for the field of `field`'s step.
    mutating func handle(_ key: Key, on field: Field) -> LineEditor.Outcome {
        switch field {
        case .forThem:
            let outcome = forThem.handle(key)
            if outcome == .edited { nudge = nil }
            return outcome
        case .meant: return meant.handle(key)
        case .nextStep: return nextStep.handle(key)
        }
    }

    /// Draws the step of `field` in `area`: the question, the field, the tip
    /// (or a hint, or the nudge), and for the next step the list to pick from.
    /// `name` is the person the repair is with, asked about by name.
    func render(_ field: Field, name: String, hint: String?, into canvas: inout Canvas, area: Rect,
                context: ScreenContext) {
        let words = context.data.prompts.repairDraft
        let gap = area.height >= 12 ? 1 : 0
        var flow = Flow(area)
        let (question, tip) = field == .forThem ? (words.forThemQuestion(name: SafeText.line(name)), words.forThemTip)
            : field == .meant ? (words.meant, words.meantTip) : (words.nextStep, words.nextStepTip)
        // A long name wraps the question rather than losing its end.
        flow.place(Paragraph(question, style: Style(bold: true)), into: &canvas)
        flow.skip(gap)
        self.field(field).render(into: &canvas, area: flow.next(), context: context)
        flow.skip(gap)
        let note = hint ?? (field == .forThem ? nudge : nil) ?? tip
        let isWarm = hint != nil || (field == .forThem && nudge != nil)
        flow.place(Paragraph(note, style: isWarm ? Style(.warm) : .muted), into: &canvas)
        if field == .forThem, nudge != nil, hint == nil {
            canvas.write("Enter again keeps it as it is.", in: flow.next(), style: .muted)
        }
        guard field == .nextStep else { return }
        flow.skip(gap)
        let list = words.nextSteps
        steps.render(into: &canvas, area: flow.rest.dropping(left: 2).inset(by: Margins(right: 1))) { canvas, index, row, isSelected in
            let inner = SelectionBar.render(into: &canvas, row: row, isSelected: isSelected && isPicking)
            canvas.write(list[index], in: inner, style: isSelected && isPicking ? .selected : .muted)
        }
    }
}
