/// A content file's line index, built the first time a message needs a
/// line: the built-in files are read at every start and (the tests see to
/// it) have nothing to report, so their text is never scanned.
final class ContentLines {
    private let text: () -> String
    private var built: TOMLLineIndex?
    private var cardHeaders: [Int]?

    init(_ text: @escaping () -> String) {
        self.text = text
    }

    var index: TOMLLineIndex {
        if let built { return built }
        let index = TOMLLineIndex(text())
        built = index
        return index
    }

    /// The lines of the `[[practice]]` table at this 0-based position, nil
    /// when its header is not found.
    func cardSpan(_ offset: Int) -> TOMLLineIndex.Span? {
        let headers = cardHeaders ?? index.arrayHeaderLines(named: "practice")
        cardHeaders = headers
        return offset < headers.count ? index.span(startingAt: headers[offset]) : nil
    }

    /// The line where `key` is set in that card, else its header line.
    func line(of key: String?, inCard offset: Int) -> Int? {
        let span = cardSpan(offset)
        return key.flatMap { index.line(ofKey: $0, in: span) } ?? span?.start
    }
}
