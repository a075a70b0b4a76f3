import TendCore

/// Draws the letters screen: a list of "From Sam · Mon 23 Nov · the first
/// words", unread ones marked, or one letter whole. Letters are someone
/// else's bytes: every word goes through `Canvas.write`, which makes it safe.
enum LettersView {
    static func renderList(_ screen: LettersScreen, into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let layout = LettersLayout(area)
        let words = context.data.prompts.letters
        let box = screen.box
        let rows = screen.rows
        guard !rows.isEmpty else {
            let text: String
            switch box.setup {
            case .noFolder: text = words.setUp
            case .needsName: text = words.noName
            case .ready: text = box.letters.isEmpty ? words.empty : words.allHidden
            }
            let waiting = screen.loading != .loaded && box.letters.isEmpty
            let room = layout.status.union(layout.list).dropping(top: 1)
            Paragraph(waiting ? words.looking : text, style: .muted).render(into: &canvas, area: room)
            return
        }
        // "2 letters, 1 new", and those out of sight: listed too ("3 letters, 1 out of sight") or not ("· 1 out of sight").
        let unread = box.unread.count, hidden = box.letters.count - box.shown.count
        var status = Plural.count(rows.count, "letter")
        if unread > 0 { status += ", \(unread) \(words.unreadTag)" }
        if hidden > 0 {
            let count = ["count": "\(hidden)"]
            status += screen.showsHidden ? ", " + SendingWords.fill(words.countedOutOfSight, count)
                : " · " + SendingWords.fill(words.moreOutOfSight, count)
        }
        canvas.write(status, in: layout.status, style: .muted)
        let visible = screen.list.state.window(count: rows.count, height: layout.list.height).map { rows[$0] }
        let nameWidth = min(18, rows.map { heading($0, words).displayWidth }.max() ?? 0)
        // A narrow window keeps the words rather than the day (Enter shows it).
        let showsDay = layout.list.width >= 56
        let dayWidth = showsDay ? visible.map { shortDay($0.letter.written, today: context.today).displayWidth }.max() ?? 0 : 0
        let tagWidth = visible.map { tag($0, box: box, words).displayWidth }.max() ?? 0
        // The marker, the name, the day, "new" or "hidden", the first words; two columns between.
        let lengths: [Length] = [.fixed(2), .fixed(nameWidth), .fixed(2), .fixed(dayWidth), .fixed(dayWidth > 0 ? 2 : 0),
                                 .fixed(tagWidth), .fixed(tagWidth > 0 ? 2 : 0), .fill]
        screen.list.render(into: &canvas, area: layout.list) { canvas, index, row, isSelected in
            SelectionBar.render(into: &canvas, row: row, isSelected: isSelected)
            let letter = rows[index]
            let cells = Layout.columns(row, lengths)
            let isNew = !box.isRead(letter) && !box.isHidden(letter)
            canvas.write(heading(letter, words), in: cells[1],
                         style: isSelected ? Style(.highlight, bold: true, reversed: true) : Style(.warm, bold: isNew))
            if showsDay {
                canvas.write(shortDay(letter.letter.written, today: context.today), in: cells[3], style: isSelected ? .selected : .muted)
            }
            canvas.write(tag(letter, box: box, words), in: cells[5], style: isSelected ? .selected : Style(.good))
            if cells[7].width > 3 { canvas.write(preview(letter, words), in: cells[7], style: isSelected ? .selected : .plain) }
        }
    }

    static func renderLetter(_ letter: ReceivedLetter, box: LetterBox, scroll: Int, into canvas: inout Canvas,
                             area: Rect, context: ScreenContext) {
        let layout = DetailLayout(area)
        let words = context.data.prompts.letters
        canvas.write(heading(letter, words), in: layout.heading, style: Style(.warm, bold: true))
        var when = SentNote.moment(letter.letter.written)
        if box.isHidden(letter) { when += " · " + words.outOfSight }
        canvas.write(when, in: layout.when, style: .muted)
        let rows = layout.text.height
        let lines = body(letter, words).wrapped(toWidth: LettersLayout.wordsWidth(of: layout),
                                                limit: ScrolledText.limit(rows: rows, scroll: scroll))
        // When the words are longer than the room, the last row says so.
        let window = ScrolledText(lineCount: lines.count, rows: rows, scroll: scroll)
        for (offset, line) in lines.dropFirst(window.first).prefix(window.height).enumerated() {
            let row = layout.text.dropping(top: offset).top(1)
            canvas.write("│", in: row, style: Style(.accent))
            canvas.write(line, in: row.dropping(left: 2))
        }
        if let more = window.more { canvas.write(more, in: layout.text.dropping(top: window.height), style: .muted) }
    }

    /// "new" for an unread letter, "hidden" for one out of sight, else nothing.
    static func tag(_ letter: ReceivedLetter, box: LetterBox, _ words: LetterWords) -> String {
        if box.isHidden(letter) { return words.hiddenTag }
        return box.isRead(letter) ? "" : words.unreadTag
    }

    /// "From Sam".
    static func heading(_ letter: ReceivedLetter, _ words: LetterWords) -> String {
        SendingWords.fill(words.heading, ["name": SafeText.line(letter.person)])
    }

    /// The words on one line, or why they are sealed.
    static func preview(_ letter: ReceivedLetter, _ words: LetterWords) -> String {
        SafeText.line(body(letter, words).split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// The words, made safe line by line, or why they are sealed.
    static func body(_ letter: ReceivedLetter, _ words: LetterWords) -> String {
        guard let text = letter.letter.text else {
            return SendingWords.fill(words.sealed, ["reason": letter.sealedBecause ?? words.noKey])
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.line(String($0)) }
            .joined(separator: "\n")
    }

    /// "Mon 23 Nov", with the year when it is not this year's.
    static func shortDay(_ time: LocalTime, today: LocalDay) -> String {
        let local = time.local
        var text = "\(time.weekdayAbbreviation) \(local.day) \(LocalDay.monthAbbreviations[local.month - 1])"
        if local.year != today.year { text += " \(local.year)" }
        return text
    }
}
