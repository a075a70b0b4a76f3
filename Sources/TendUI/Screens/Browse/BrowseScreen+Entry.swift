import TendCore

extension BrowseScreen {
    mutating func inDetail(_ intent: Intent, context: ScreenContext) -> [Effect] {
        switch intent {
        case .down, .up:
            list.apply(intent == .down ? .down : .up, height: BrowseLayout.listHeight(context))
            detailScroll = 0
        case .pageDown:
            let room = BrowseLayout.detailPage(context)
            detailScroll = max(0, min(detailScroll + room, detailLineCount(context) - room))
        case .pageUp: detailScroll = max(0, detailScroll - BrowseLayout.detailPage(context))
        case .nextMatch, .previousMatch: return step(toMatch: intent == .nextMatch, context: context)
        case .edit: return startEditing(fromDetail: true)
        case .delete: mode = .confirmingDelete(fromDetail: true)
        case .copy: return copy(context)
        case .send: return startSending(fromDetail: true)
        case .back: mode = .list
        default: break
        }
        return []
    }

    func detailLineCount(_ context: ScreenContext) -> Int {
        guard let position = list.selectedPosition else { return 0 }
        return EntryDetailView.lines(of: index.records[position], width: BrowseLayout(context.body).content.width,
                                     data: context.data).count
    }

    mutating func startEditing(fromDetail: Bool) -> [Effect] {
        guard let position = list.selectedPosition else { return [] }
        let record = index.records[position]
        guard let editor = EntryEditor(record: record) else {
            return [.report(Report("A pause has no words to change. d deletes it, if you like."))]
        }
        mode = .editing(editor, fromDetail: fromDetail)
        return []
    }

    mutating func editing(_ intent: Intent, editor: EntryEditor, fromDetail: Bool) -> [Effect] {
        var editor = editor
        defer { if case .editing = mode { mode = .editing(editor, fromDetail: fromDetail) } }
        if case .cancel = intent {} else { editor.stayAfterAsking() }
        switch intent {
        case .nextField: editor.next()
        case .previousField: editor.previous()
        case .cancel:
            guard editor.mayLeave() else { return [.report(Report("Esc again drops your change.", tone: .problem))] }
            mode = fromDetail ? .detail : .list
            return editor.hasChanges ? [.report(Report("Left as it was."))] : []
        case .accept:
            guard !saves.contains(Self.editTag) else { return [] }
            guard editor.hasChanges else {
                mode = fromDetail ? .detail : .list
                return [.report(Report("Nothing changed."))]
            }
            guard let change = editor.change() else { return [] }
            return saves.save(.edit(Edit(target: editor.target, change: change)), tag: Self.editTag)
        default: break
        }
        return []
    }

    mutating func confirming(_ intent: Intent, fromDetail: Bool) -> [Effect] {
        guard intent == .confirm, let position = list.selectedPosition else {
            mode = fromDetail ? .detail : .list
            return [.report(Report("Kept."))]
        }
        return saves.save(.delete(Delete(target: index.records[position].id)), tag: Self.deleteTag)
    }

    func copy(_ context: ScreenContext) -> [Effect] {
        guard let position = list.selectedPosition else { return [] }
        let record = index.records[position]
        // A repair that found its words is copied as those words, ready to paste to the person.
        if case .repair(let r) = record.payload, let words = r.words, !words.isEmpty { return [.copyText(words)] }
        return [.copyText(EntryText.line(of: record, practices: context.data.practices))]
    }

    /// What copying the selected entry achieved, honestly ("Copied." only when a tool said so).
    func copied(_ result: ClipboardResult, context: ScreenContext) -> Report {
        let words = context.data.prompts.sending
        let record = list.selectedPosition.map { index.records[$0] }
        if case .unavailable = result { return Report(words.plainInBrowse, tone: .problem) }
        guard case .appreciation(let a)? = record?.payload else {
            if case .copied(let tool) = result, tool != "tmux" { return Report("Copied.") }
            return Report(words.words(for: result, name: ""))
        }
        return Report(words.words(for: result, name: SafeText.line(a.person)))
    }

    /// `s`: the send offer for the selected appreciation (a resend asks first).
    mutating func startSending(fromDetail: Bool) -> [Effect] {
        guard let position = list.selectedPosition else { return [] }
        let record = index.records[position]
        guard EntryText.isSendable(record) else {
            return [.report(Report("Only appreciations and a repair's words are sent. c copies this one's text."))]
        }
        let flow = SendFlow(record: record)
        mode = .sending(flow, fromDetail: fromDetail)
        return flow.start()
    }
}
