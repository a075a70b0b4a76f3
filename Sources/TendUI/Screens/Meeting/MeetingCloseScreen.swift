import TendCore

/// Closing a meeting with the round: what was useful, what was confusing,
/// what gave energy, one line each and any of them skipped with Enter, for
/// the user's own notes. The last Enter saves a `meeting` record with the
/// meeting's label; Esc steps back, and leaves from the first step.
public struct MeetingCloseScreen: Screen {
    typealias Step = RoundStep
    static let saveTag: SaveTag = "meeting-round"

    public let title: String
    let label: String?
    private(set) var form: StepForm<Step>
    private(set) var answers: [Step: TextField] = Dictionary(uniqueKeysWithValues: Step.allCases.map {
        ($0, TextField(limit: 2000))
    })

    /// - Parameters:
    ///   - label: the meeting's name, or nil.
    ///   - endsApp: true when started from the shell (`tend meeting close`).
    public init(label: String?, endsApp: Bool = false) {
        let name = label?.trimmed()
        self.label = name?.isEmpty == false ? name : nil
        title = self.label.map { "Close \(SafeText.line($0))" } ?? "Close the meeting"
        form = StepForm(saveTag: Self.saveTag, endsApp: endsApp)
    }

    /// Takes up a round left unfinished, at the step where it was left.
    public init(resuming draft: Draft, endsApp: Bool = false) {
        self.init(label: draft["label"], endsApp: endsApp)
        form = StepForm(saveTag: Self.saveTag, endsApp: endsApp, resuming: draft)
        for step in Step.allCases { answers[step] = TextField(draft[step.rawValue], limit: 2000) }
    }

    var step: Step { form.step }
    var field: TextField { answers[step] ?? TextField(limit: 2000) }

    enum Intent: Sendable { case next, back }

    private var keys: KeyMap<Intent> {
        KeyMap([
            KeyBinding([.enter], "Enter", form.isLast ? "save the round (an empty answer is skipped)" : "next (an empty answer is skipped)",
                       .next, footer: form.isLast ? "save" : "next"),
            KeyBinding([.escape], "Esc", form.isFirst ? "leave (asks first if you have written something)" : "previous question",
                       .back, footer: "back"),
        ])
    }

    public var keyHelp: ScreenKeys { keys.keyHelp.merged(with: field.keyHelp) }
    public var isTakingText: Bool { true }
    private var hasWords: Bool { answers.values.contains { !$0.isEmpty } }
    public var hasDraft: Bool { form.hasDraft(hasWords: hasWords) }
    public var draftKind: Draft.Kind? { .meeting }

    public var draft: Draft? {
        var words = Dictionary(uniqueKeysWithValues: Step.allCases.map { ($0.rawValue, answers[$0]?.text ?? "") })
        words["label"] = label ?? ""
        return form.draft(.meeting, hasWords: hasWords, words: words)
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        switch event {
        case .keyPressed(let key): return handle(key, context: context)
        case .saved:
            guard let (_, result) = form.answer(to: event), case .success = result else { return [] }
            return form.close(report: Report(context.data.prompts.meeting.roundSaved),
                              leaveWord: context.data.prompts.shell.forMeeting(\.round, \.roundFor, label: label))
        default:
            return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        let wasAsking = form.takeKey()
        form.hint = nil
        switch keys.intent(for: key) {
        case .next?:
            guard form.isLast else { form.next(); return [] }
            return form.save(.meeting(round))
        case .back?:
            guard form.back() else {
                return form.leave(hasWords: hasWords, confirmed: wasAsking, report: Report(context.data.prompts.meeting.left))
            }
            return []
        case nil:
            var edited = field
            let outcome = edited.handle(key)
            answers[step] = edited
            if case .refused(let limit) = outcome { return form.refused(limit: limit) }
            return []
        }
    }

    /// The record the round makes: the answers given, the empty ones left out.
    var round: Meeting {
        func answer(_ step: Step) -> String? {
            let text = answers[step]?.trimmed ?? ""
            return text.isEmpty ? nil : text
        }
        return Meeting(ritual: .round, label: label, useful: answer(.useful), confusing: answer(.confusing),
                       energising: answer(.energising))
    }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.meeting
        let content = area.content
        form.renderHeader(into: &canvas, area: content)
        // Blank rows between the parts only when the window has them to spare.
        let gap = area.height >= 12 ? 1 : 0
        var flow = Flow(content.dropping(top: 1 + gap))
        if let label {
            canvas.write(SafeText.line(label), in: flow.next(), style: Style(.warm, bold: true))
            flow.skip(gap)
        }
        canvas.write(words.question(for: step.field), in: flow.next(), style: Style(bold: true))
        flow.skip(gap)
        field.render(into: &canvas, area: flow.next(), context: context)
        flow.skip(gap)
        flow.place(Paragraph(form.hint ?? words.roundTip, style: form.hint != nil ? Style(.warm) : .muted), into: &canvas)
        // What was said before, quietly, so the round reads as one.
        flow.skip(gap)
        for earlier in Step.allCases where earlier != step {
            guard let text = answers[earlier]?.trimmed, !text.isEmpty, !flow.isFull else { continue }
            let columns = Layout.columns(flow.next(), [.fixed(11), .fill])
            canvas.write(earlier.name, in: columns[0], style: .muted)
            canvas.write(SafeText.line(text), in: columns[1], style: .muted)
        }
    }
}
