import TendCore

extension BrowseScreen {
    /// The deletion question, over the list or the entry.
    static let deleteQuestion = Confirm(title: "Delete?", question: "", yes: ("yes, delete it", "delete"),
                                        no: ("no, keep it (so does any other key)", "keep"),
                                        footnote: "y deletes it; any other key keeps it.")

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        if isWaiting {
            let words = loading == .failed ? "Your journal could not be read just now." : "Opening your journal…"
            canvas.write(words, in: area.content.dropping(top: 1), style: .muted)
            return
        }
        if index.isEmpty {
            BrowseListView.renderEmpty(into: &canvas, area: area, letters: LettersLine.browseHint(context))
            return
        }
        switch mode {
        case .list, .jumping:
            renderList(into: &canvas, area: area, context: context)
        case .detail:
            renderDetail(into: &canvas, area: area, context: context)
        case .people(let people):
            people.render(into: &canvas, area: area, today: context.today)
        case .editing(let editor, _):
            renderEditor(editor, into: &canvas, area: area, context: context)
        case .confirmingDelete(let fromDetail):
            if fromDetail { renderDetail(into: &canvas, area: area, context: context) } else {
                renderList(into: &canvas, area: area, context: context)
            }
            guard let position = list.selectedPosition else { return }
            let record = index.records[position]
            var question = Self.deleteQuestion
            question.question = "Delete \(EntryText.isAppreciation(record) ? "this appreciation" : "this \(record.kind.label)")?"
            question.detail = EntryText.line(of: record, practices: context.data.practices)
            question.render(into: &canvas, area: area, context: context)
        case .sending(let flow, _):
            SendFlowView.render(flow, heading: nil, into: &canvas, area: area, context: context)
        }
    }

    func renderList(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let layout = BrowseLayout(area)
        BrowseListView.renderRows(list: list, index: index, needle: search.needle, into: &canvas, area: layout.list,
                                  context: context)
        if list.isEmpty {
            Paragraph(BrowseListView.emptyText(filter: filter), style: .muted)
                .render(into: &canvas, area: layout.list.dropping(top: 1))
        }
        renderStatus(into: &canvas, area: layout.status, context: context)
    }

    /// The top row: what is shown on the left, the search or month field (or the letters hint) on the right.
    func renderStatus(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        if case .jumping(let field) = mode {
            let label = "Jump to month "
            let hint = area.width >= 50 ? "  like 2025-03" : ""
            let parts = Layout.columns(area, [.fixed(label.displayWidth), .atMost(16), .fixed(hint.displayWidth)])
            canvas.write(label, in: parts[0], style: Style(bold: true))
            field.render(into: &canvas, x: parts[1].x, y: parts[1].y, width: parts[1].width)
            canvas.write(hint, in: parts[2], style: .muted)
            return
        }
        let count = matchCountText
        if search.isTyping {
            let parts = Layout.columns(area, [.fixed(1), .upTo(30), .fixed(2), .fixed(count.displayWidth)])
            canvas.write("/", in: parts[0], style: .key)
            search.field.render(into: &canvas, x: parts[1].x, y: parts[1].y, width: max(2, parts[1].width))
            canvas.write(count, in: parts[3], style: .muted)
            return
        }
        var scope = BrowseListView.scopeText(filter: filter, list: list, index: index)
        if loading != .loaded { scope += " so far" }
        // The search when there is one; else whether letters are there.
        let right = search.isActive ? "“\(search.text.truncated(toWidth: 16))” \(count)" : LettersLine.browseHint(context) ?? ""
        let parts = Layout.columns(area, right.isEmpty ? [.fill] : [.fill, .fixed(2), .fixed(right.displayWidth)])
        let used = canvas.write(scope, in: parts[0], style: .muted)
        if !right.isEmpty, used + 2 + right.displayWidth <= area.width {
            canvas.write(right, in: parts[2], style: Style(.accent))
        }
    }

    /// "2 of 14", "14 matches", "no matches", or nothing before a search.
    var matchCountText: String {
        guard search.isActive else { return "" }
        if search.matches.isEmpty { return "no matches" }
        if let ordinal = search.ordinal(of: list.selected) {
            return "\(EntryText.grouped(ordinal)) of \(EntryText.grouped(search.matches.count))"
        }
        return EntryText.count(search.matches.count, "match", "matches")
    }

    func renderDetail(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        guard let position = list.selectedPosition else { return }
        let place = "\(EntryText.grouped(list.selected + 1)) of \(EntryText.grouped(list.positions.count))"
        EntryDetailView.render(index.records[position], day: index.day(at: position), into: &canvas, area: area,
                               context: context, scroll: detailScroll, needle: search.needle, place: place)
    }

    func renderEditor(_ editor: EntryEditor, into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        var flow = Flow(area.content)
        canvas.write("Change this \(editor.kindName)", in: flow.next(), style: Style(bold: true))
        let when = flow.next()
        if let position = list.selectedPosition {
            let day = EntryText.heading(day: index.day(at: position), today: context.today)
            canvas.write("\(day), \(index.records[position].time.local.hourMinute)", in: when, style: .muted)
        }
        flow.skip()
        editor.render(into: &canvas, flow: &flow)
        let note = editor.hint ?? "Enter saves. Your first version stays in the journal file."
        // The last row stays free for notes.
        Paragraph(note, style: editor.hint == nil ? .muted : Style(.warm)).render(into: &canvas, area: flow.rest.dropping(bottom: 1))
    }
}
