import TendCore

/// "A year of thanks": one self-contained HTML page of everything written
/// about one person, dated and grouped by month, with a short opening line.
/// Inline CSS only: no scripts, no fonts or images from anywhere (a
/// Content-Security-Policy says so to the browser too), readable in light
/// and dark, and laid out to print on A4 or Letter. Every text is escaped.
public enum GiftPage {
    private static let months = LocalDay.monthNames

    /// The page for the appreciations in `records` (others are skipped),
    /// oldest first; `name` is how the person is named at the top.
    public static func html(name: String, records: [Record], words: SendingWords) -> String {
        let entries = records.compactMap { record -> (LocalTime, String)? in
            guard case .appreciation(let a) = record.payload else { return nil }
            return (record.time, a.text)
        }.sorted { $0.0 < $1.0 }
        let title = HTMLText.escape(SendingWords.fill(words.giftTitle, ["name": name]))
        var page = head(title: title)
        page += "<main>\n<header>\n<h1>\(title)</h1>\n"
        page += "<p class=\"opening\">\(HTMLText.escape(words.giftOpening))</p>\n"
        if let first = entries.first?.0.local, let last = entries.last?.0.local {
            let from = "\(months[first.month - 1]) \(first.year)", to = "\(months[last.month - 1]) \(last.year)"
            // One month already has its heading below.
            if from != to { page += "<p class=\"span\">\(from) to \(to)</p>\n" }
        }
        page += "</header>\n"
        var currentMonth: (Int, Int)?
        for (time, text) in entries {
            let local = time.local
            if currentMonth.map({ $0 != (local.year, local.month) }) ?? true {
                if currentMonth != nil { page += "</ol>\n</section>\n" }
                page += "<section>\n<h2>\(months[local.month - 1]) \(local.year)</h2>\n<ol>\n"
                currentMonth = (local.year, local.month)
            }
            let date = "\(Weekday(rawValue: time.weekday + 1)?.name ?? "") \(local.day) \(months[local.month - 1])"
            page += "<li><time datetime=\"\(local.dayString)\">\(date)</time><p class=\"words\">\(HTMLText.escape(text))</p></li>\n"
        }
        if currentMonth != nil { page += "</ol>\n</section>\n" }
        page += "</main>\n</body>\n</html>\n"
        return page
    }

    private static func head(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(title)</title>
        <style>
        \(style)
        </style>
        </head>
        <body>

        """
    }

    private static let style = """
        :root { color-scheme: light dark; --paper: #fbf8f3; --ink: #2b2622; --soft: #6f645b; --line: #e2d9ce; --accent: #8e4f31; }
        @media (prefers-color-scheme: dark) {
          :root { --paper: #1c1917; --ink: #ece6df; --soft: #b3a79b; --line: #3b3530; --accent: #e3a98a; }
        }
        * { box-sizing: border-box; }
        html { background: var(--paper); color: var(--ink); }
        body { margin: 0 auto; max-width: 40rem; padding: 3rem 1.5rem 4rem;
          font: 1.125rem/1.6 Georgia, "Iowan Old Style", "Palatino Linotype", Palatino, "DejaVu Serif", serif; }
        h1 { font-weight: normal; font-size: 2.2rem; line-height: 1.2; margin: 0 0 .75rem; color: var(--accent); overflow-wrap: anywhere; }
        .opening { font-style: italic; margin: 0 0 .5rem; }
        .span { color: var(--soft); font-size: .95rem; margin: 0 0 2rem; }
        h2 { font-size: .85rem; letter-spacing: .12em; text-transform: uppercase; font-weight: normal; color: var(--soft);
          border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin: 2.25rem 0 1rem; break-after: avoid; page-break-after: avoid; }
        ol { list-style: none; margin: 0; padding: 0; }
        li { margin: 0 0 1.25rem; break-inside: avoid; page-break-inside: avoid; }
        time { display: block; font-size: .85rem; color: var(--soft); }
        .words { margin: .15rem 0 0; white-space: pre-line; overflow-wrap: anywhere; }
        @page { margin: 18mm 16mm; }
        @media print {
          :root { --paper: #fff; --ink: #111; --soft: #555; --line: #bbb; --accent: #111; }
          body { max-width: none; padding: 0; font-size: 11.5pt; }
          h1 { font-size: 22pt; }
        }
        """
}
