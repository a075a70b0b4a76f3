import TendCore

/// Draws the letters screen: a list of "From Sam · Mon 23 Nov · the first
/// words", unread ones marked, or one letter whole. Letters are someone
/// else's bytes: every word goes through `Canvas.write`, which makes it safe.
enum LettersView {
    /// Rows above the list: the count, and a blank row.
    static let headerRows = 2

    /// Letters on screen at once: the body less the header and the note row.
    static func listHeight(_ context: ScreenContext) -> Int {
        max(1, context.size.height - 4 - headerRows - 1)
    }

    /// Rows of words on screen when reading one letter.
    static func textHeight(_ context: ScreenContext) -> Int {
        max(1, context.size.height - 4 - 4)
    }

    static func renderList(_ screen: LettersScreen, into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let x = area.x + 2, width = area.width - 4
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
            for (i, line) in (waiting ? "Looking in the folders you share…" : text).wrapped(toWidth: width).enumerated()
            where area.y + 1 + i < area.maxY - 1 {
                canvas.write(line, x: x, y: area.y + 1 + i, style: .muted)
            }
            return
        }
        let unread = box.unread.count
        var status = Plural.count(box.shown.count, "letter")
        if unread > 0 { status += ", \(unread) \(words.unreadTag)" }
        let hidden = box.letters.count - box.shown.count
        if screen.showsHidden, hidden > 0 { status += " · \(hidden) out of sight" }
        canvas.write(status, x: x, y: area.y, style: .muted, truncatingTo: width)
        let height = min(listHeight(context), area.height - headerRows - 1)
        let nameWidth = min(18, rows.map { heading($0, words).displayWidth }.max() ?? 0)
        let top = Viewport.top(stored: screen.top, selected: screen.selected, count: rows.count, height: height)
        let visible = rows[top...].prefix(max(0, height))
        // A narrow window keeps the words rather than the day (Enter shows it).
        let showsDay = width >= 56
        let dayWidth = showsDay ? visible.map { shortDay($0.letter.written, today: context.today).displayWidth }.max() ?? 0 : 0
        let tagWidth = visible.map { tag($0, box: box, words).displayWidth }.max() ?? 0
        for (offset, letter) in visible.enumerated() {
            let y = area.y + headerRows + offset
            let index = top + offset
            let isSelected = index == screen.selected
            let isNew = !box.isRead(letter) && !box.isHidden(letter)
            canvas.write(isSelected ? "›" : " ", x: x, y: y, style: .key)
            var column = x + 2
            let name = heading(letter, words).truncated(toWidth: nameWidth)
            canvas.write(name, x: column, y: y, style: Style(.warm, bold: isNew))
            column += nameWidth + 2
            if showsDay {
                let day = shortDay(letter.letter.written, today: context.today)
                canvas.write(day, x: column, y: y, style: .muted, maxWidth: max(0, area.maxX - 2 - column))
                column += dayWidth + 2
            }
            if tagWidth > 0 {
                canvas.write(tag(letter, box: box, words), x: column, y: y, style: Style(.good), maxWidth: max(0, area.maxX - 2 - column))
                column += tagWidth + 2
            }
            let room = area.maxX - 2 - column
            if room > 3 {
                canvas.write(preview(letter, words), x: column, y: y, style: isSelected ? Style(bold: true) : .plain,
                             truncatingTo: room)
            }
        }
    }

    static func renderLetter(_ letter: ReceivedLetter, box: LetterBox, scroll: Int, into canvas: inout Canvas,
                             area: Rect, context: ScreenContext) {
        let x = area.x + 2, width = area.width - 4
        let words = context.data.prompts.letters
        canvas.write(heading(letter, words), x: x, y: area.y, style: Style(.warm, bold: true), truncatingTo: width)
        var when = SentNote.moment(letter.letter.written)
        if box.isHidden(letter) { when += " · out of sight" }
        canvas.write(when, x: x, y: area.y + 1, style: .muted, truncatingTo: width)
        let lines = body(letter, words).wrapped(toWidth: max(1, width - 2))
        let height = max(0, area.maxY - (area.y + 3) - 1)
        let first = max(0, min(scroll, lines.count - height))
        for (offset, line) in lines.dropFirst(first).prefix(height).enumerated() {
            canvas.write("│", x: x, y: area.y + 3 + offset, style: Style(.accent))
            canvas.write(line, x: x + 2, y: area.y + 3 + offset, maxWidth: width - 2)
        }
        if first + height < lines.count, area.maxY - 1 > area.y + 3 {
            canvas.write("↓ more: PgDn", x: x, y: area.maxY - 1, style: .muted, truncatingTo: width)
        }
    }

    /// "new" for an unread letter, "hidden" for one out of sight, else nothing.
    static func tag(_ letter: ReceivedLetter, box: LetterBox, _ words: LetterWords) -> String {
        if box.isHidden(letter) { return "hidden" }
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
            return SendingWords.fill(words.sealed, ["reason": letter.sealedBecause ?? "no key to open it"])
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.line(String($0)) }
            .joined(separator: "\n")
    }

    /// "Mon 23 Nov", with the year when it is not this year's.
    static func shortDay(_ time: LocalTime, today: LocalDay) -> String {
        let local = time.local
        var text = "\(time.weekdayAbbreviation) \(local.day) \(String(ClockText.monthName(local.month).prefix(3)))"
        if local.year != today.year { text += " \(local.year)" }
        return text
    }
}
