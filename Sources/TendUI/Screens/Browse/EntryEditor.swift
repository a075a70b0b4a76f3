import TendCore

/// Changing an entry's words: one field per thing the person wrote. Saving
/// makes an edit record naming the entry, so the first version is kept.
struct EntryEditor: Equatable, Sendable {
    struct Field: Equatable, Sendable {
        var label: String
        var slot: WordsSlot
        var original: String
        var editor: LineEditor
        var isRequired: Bool
        /// The entry's words, the thing most often changed: editing starts there.
        var isTheWords: Bool
    }

    let target: RecordID
    let kindName: String
    private(set) var fields: [Field]
    private(set) var focus = 0
    private(set) var hint: String?
    /// True after Esc with changes made: a second Esc drops them.
    private(set) var isAskingToLeave = false

    /// Nil for entries with no words to change (a pause).
    init?(record: Record) {
        func field<Change: KindChange>(_ label: String, _ slot: WritableKeyPath<Change, FieldUpdate<String>?> & Sendable,
                                       _ value: String?, required: Bool = false, limit: Int = 200, words: Bool = false) -> Field {
            let text = value ?? ""
            let editor = LineEditor(text, limit: max(limit, text.count), writesAtLength: limit >= Self.longFieldLimit)
            return Field(label: label, slot: WordsSlot(slot), original: text, editor: editor, isRequired: required, isTheWords: words)
        }
        switch record.payload {
        case .appreciation(let a):
            fields = [field("About", \AppreciationChange.person, a.person, required: true),
                      field("Wrote", \AppreciationChange.text, a.text, required: true, limit: 4000, words: true)]
            kindName = "appreciation"
        case .checkIn(let c):
            fields = [field("For", \CheckInChange.person, c.person), field("Note", \CheckInChange.note, c.note, limit: 4000, words: true)]
            kindName = "check-in"
        case .tally(let t):
            fields = [field("Wrote", \TallyChange.text, t.text, required: true, limit: 4000, words: true),
                      field("About", \TallyChange.person, t.person)]
            kindName = "tally"
        case .repair(let r):
            fields = [field("With", \RepairChange.who, r.who, required: true),
                      field("Happened", \RepairChange.happened, r.happened, limit: 4000, words: true),
                      field("My part", \RepairChange.myPart, r.myPart, limit: 4000),
                      field("For them", \RepairChange.forThem, r.forThem, limit: 2000),
                      field("I meant", \RepairChange.meant, r.meant, limit: 2000),
                      field("Next step", \RepairChange.nextStep, r.nextStep, limit: 2000),
                      field("Words", \RepairChange.words, r.words, limit: 4000)]
            kindName = "repair"
        case .meeting(let m):
            fields = [field("Meeting", \MeetingChange.label, m.label)]
            if m.ritual == .round {
                fields += [field("Useful", \MeetingChange.useful, m.useful, limit: 2000, words: true),
                           field("Confusing", \MeetingChange.confusing, m.confusing, limit: 2000),
                           field("Energy", \MeetingChange.energising, m.energising, limit: 2000)]
            }
            kindName = "meeting"
        case .reflection(let r):
            fields = [field("They", \ReflectionChange.response, r.response, limit: 4000),
                      field("Noticed", \ReflectionChange.noticed, r.noticed, limit: 4000)]
            kindName = "look back"
        case .review(let r):
            fields = [field("Went well", \ReviewChange.wentWell, r.wentWell, required: true, limit: 4000),
                      field("To talk about", \ReviewChange.talkAbout, r.talkAbout, limit: 4000)]
            kindName = "review"
        case .note(let n):
            fields = [field("Title", \NoteChange.title, n.title),
                      field("Wrote", \NoteChange.text, n.text, required: true, limit: 4000, words: true)]
            kindName = "note"
        case .pause, .promptFired, .letterRead, .letterHidden, .focus, .focusDay, .edit, .delete:
            return nil
        }
        target = record.id
        focus = fields.firstIndex(where: \.isTheWords) ?? 0
    }

    var hasChanges: Bool { fields.contains { $0.editor.text != $0.original } }

    mutating func next() { focus = (focus + 1) % fields.count }
    mutating func previous() { focus = (focus + fields.count - 1) % fields.count }

    /// Hands a key to the focused field.
    mutating func handle(_ key: Key) -> LineEditor.Outcome {
        hint = nil
        isAskingToLeave = false
        return fields[focus].editor.handle(key)
    }

    /// The focused field's words for the editor, when it holds more than a name.
    var editRequest: EditRequest? {
        let field = fields[focus]
        guard field.editor.writesAtLength else { return nil }
        return EditRequest(field: field.label, text: field.editor.text)
    }
    /// Fields made for sentences (a name's holds 200): those open in the editor.
    static let longFieldLimit = 2000

    /// Takes the editor's words into the field that asked for them (named by its label).
    mutating func take(edited text: String, into label: String) -> LineEditor.Outcome {
        guard let index = fields.firstIndex(where: { $0.label == label }) else { return .ignored }
        focus = index
        hint = nil
        return fields[index].editor.take(edited: text)
    }

    /// Esc with changes asks first (the screen says so); true when the
    /// answer is already given (Esc twice) or nothing would be lost.
    mutating func mayLeave() -> Bool {
        guard hasChanges, !isAskingToLeave else { return true }
        isAskingToLeave = true
        return false
    }

    /// Any key but a second Esc keeps editing.
    mutating func stayAfterAsking() { isAskingToLeave = false }

    /// The fields that changed, as a change of the entry's kind; nil when
    /// none did, or (with a hint) when a needed field is empty. An emptied
    /// optional field is cleared.
    mutating func change() -> RecordChange? {
        var change: RecordChange?
        for (index, field) in fields.enumerated() where field.editor.text != field.original {
            let value = field.editor.text.trimmedIncludingNewlines()
            if value.isEmpty {
                guard !field.isRequired else {
                    focus = index
                    hint = "\(field.label) cannot be empty. Esc leaves the entry as it was."
                    return nil
                }
                field.slot.write(.clear, into: &change)
            } else {
                field.slot.write(.set(value), into: &change)
            }
        }
        return change
    }

    /// Draws the fields from the top of `flow`, a blank row after each.
    /// When they do not all fit that way (a repair has seven), they go one
    /// to a row, and as many as fit are shown around the focused one.
    func render(into canvas: inout Canvas, flow: inout Flow) {
        let labelWidth = (fields.map(\.label.displayWidth).max() ?? 0) + 2
        // The last row is kept free for notes.
        let room = max(1, flow.rest.dropping(bottom: 1).height)
        let spaced = fields.count * 2 <= room
        let visible = max(1, min(fields.count, spaced ? fields.count : room))
        let first = min(max(0, focus - visible + 1), fields.count - visible)
        for index in first..<(first + visible) {
            let field = fields[index]
            let row = Layout.columns(flow.next(), [.fixed(labelWidth), .fill])
            canvas.write(field.label, in: row[0], style: .muted)
            if !row[1].isEmpty {
                field.editor.render(into: &canvas, x: row[1].x, y: row[1].y, width: row[1].width, hasFocus: index == focus)
            }
            if spaced { flow.skip() }
        }
        if !spaced { flow.skip() }
    }
}
