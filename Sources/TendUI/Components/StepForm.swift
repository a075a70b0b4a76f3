import TendCore

/// What every ritual form shares, written once: its steps and the way back
/// through them; leaving, which asks first when words would be lost (Esc
/// twice, and Ctrl-C through `hasDraft`); the draft kept on disk while it
/// is written; the save, asked once however often Enter is pressed; and a
/// failed save, which keeps every word on screen (the report says why).
public struct StepForm<Step: FormStep>: Hashable, Sendable {
    public private(set) var step: Step
    /// True when started from the shell: finishing or leaving quits to it.
    public let endsApp: Bool
    /// The draft file this form writes (empty until the keeper names one).
    public let draftID: String
    /// The tag of the save that completes the form.
    public let saveTag: SaveTag
    /// A line for the user about the last key (a needed field, a refused paste, the leave question).
    public var hint: String?
    public private(set) var isAskingToLeave = false
    public private(set) var saves = PendingSaves()
    /// Once saved, nothing is left to lose (a screen from the shell stays up until the app ends).
    public private(set) var isSaved = false

    public init(saveTag: SaveTag, endsApp: Bool = false, step: Step? = nil, resuming draft: Draft? = nil) {
        self.saveTag = saveTag
        self.endsApp = endsApp
        draftID = draft?.id ?? ""
        self.step = step ?? draft.flatMap { d in Step.allCases.first { $0.draftName == d.step } } ?? Step.allCases[0]
    }

    // MARK: Steps

    public var number: Int { (Step.allCases.firstIndex(of: step) ?? 0) + 1 }
    public var isFirst: Bool { number == 1 }
    public var isLast: Bool { number == Step.allCases.count }

    public mutating func next() { step = Step.allCases[min(Step.allCases.count - 1, number)] }

    /// One step back; false on the first, where going back means leaving.
    @discardableResult
    public mutating func back() -> Bool {
        guard !isFirst else { return false }
        step = Step.allCases[number - 2]
        return true
    }

    public mutating func go(to step: Step) { self.step = step }

    // MARK: Leaving

    /// Call first with every key: true when this key answers a pending
    /// "leave?" question (a second Esc leaves; any other key stays).
    @discardableResult
    public mutating func takeKey() -> Bool {
        let wasAsking = isAskingToLeave
        isAskingToLeave = false
        if wasAsking { hint = nil }
        return wasAsking
    }

    /// Leaving: at once when nothing would be lost or the question was
    /// already asked; else the question, and nothing happens yet.
    /// - Parameters:
    ///   - hasWords: true when something typed would be lost.
    ///   - stays: the words after "Esc again leaves;" ("any other key stays").
    ///   - report: what to say once it has left.
    public mutating func leave(hasWords: Bool, confirmed: Bool, stays: String = "any other key stays.",
                               report: Report?) -> [Effect] {
        if hasWords, !confirmed {
            isAskingToLeave = true
            hint = "Leave without saving? Esc again leaves; \(stays)"
            return []
        }
        return close(report: report)
    }

    /// The way out: back to the shell when started there, else back to the screen below.
    public func close(report: Report?, leaveWord: String? = nil) -> [Effect] {
        let said: [Effect] = report.map { [.report($0)] } ?? []
        guard endsApp else { return said + [.pop] }
        return said + (leaveWord.map { [.leaveWord($0)] } ?? []) + [.quit(status: 0)]
    }

    // MARK: Saving

    public var isSaving: Bool { saves.contains(saveTag) }

    /// Saves `payload` once, with the form's tag unless told another.
    public mutating func save(_ payload: Payload, tag: SaveTag? = nil) -> [Effect] {
        saves.save(payload, tag: tag ?? saveTag)
    }

    /// The answer to one of the form's saves; the form's own success marks it saved.
    /// A failure changes nothing here: the words stay, and the app reports why.
    public mutating func answer(to event: Event) -> (tag: SaveTag, result: SaveResult)? {
        guard let answer = saves.answer(to: event) else { return nil }
        if answer.tag == saveTag, case .success = answer.result { isSaved = true }
        return answer
    }

    /// A paste the field refused: the hint says so, the bell rings.
    public mutating func refused(limit: Int) -> [Effect] {
        hint = TextField.refusedHint(limit)
        return [.bell]
    }

    // MARK: Drafts

    /// True when leaving would lose something the user made.
    public func hasDraft(hasWords: Bool) -> Bool { !isSaved && hasWords }

    /// The draft to keep on disk, nil when there is nothing to keep.
    public func draft(_ kind: Draft.Kind, hasWords: Bool, words: [String: String], choices: [String: Int] = [:],
                      replacing: String? = nil) -> Draft? {
        guard hasDraft(hasWords: hasWords) else { return nil }
        return Draft(kind: kind, id: draftID, step: step.draftName, words: words, choices: choices, replacing: replacing)
    }

    // MARK: Drawing

    /// "● ● ○ ○  Step 2 of 4 · When" in the area's first row.
    public func renderHeader(into canvas: inout Canvas, area: Rect) {
        StepHeader.render(into: &canvas, area: area, step: number, of: Step.allCases.count, name: step.name)
    }
}
