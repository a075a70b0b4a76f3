import TOMLKit

/// Turns the text of a practices file into cards and issues. A syntax
/// error loses that file only; a bad card loses that card only.
struct PracticeFileParser {
    /// The file as the user knows it, for messages.
    let source: String
    let origin: PracticeSource
    /// The evening question for a custom card without its own.
    var defaultFollowUp = ""

    /// A card that loaded, with where it sits for later messages.
    struct Entry {
        var practice: Practice
        var position: Int
        var idLine: Int?
        /// Where `next` is set, for a message about it.
        var nextLine: Int? = nil
    }

    func parse(_ text: String) -> (entries: [Entry], issues: [ContentIssue]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return ([], [ContentIssue(source: source, line: error.source.begin.line, problem: .syntax(error.description))])
        } catch {
            return ([], [ContentIssue(source: source, line: nil, problem: .syntax(String(describing: error)))])
        }
        let lines = TOMLLineIndex(text)
        var issues: [ContentIssue] = []
        for key in table.keys.sorted() where key != "practice" {
            let line = lines.line(ofKey: key, in: nil) ?? lines.tableHeaderLine(named: key)
            issues.append(ContentIssue(source: source, line: line, problem: .unknownKey(key)))
        }
        guard let value = table["practice"] else { return ([], issues) }
        guard let entries = value.array else {
            let problem = ContentIssue.Problem.wrongType(field: "practice", expected: "a list of [[practice]] tables")
            issues.append(ContentIssue(source: source, line: lines.line(ofKey: "practice", in: nil), problem: problem))
            return ([], issues)
        }
        let headers = lines.arrayHeaderLines(named: "practice")
        var loaded: [Entry] = []
        var firstLines: [String: Int?] = [:]
        for (offset, entry) in entries.enumerated() {
            let span = offset < headers.count ? lines.span(startingAt: headers[offset]) : nil
            guard let card = entry.table else {
                issues.append(ContentIssue(source: source, line: span?.start, cardPosition: offset + 1, problem: .notATable))
                continue
            }
            var reader = PracticeCardReader(table: card, lines: lines, span: span, source: source, position: offset + 1)
            let practice = reader.read(origin: origin, defaultFollowUp: defaultFollowUp)
            issues += reader.issues
            guard let practice else { continue }
            if let first = firstLines[practice.id] {
                reader.report(.duplicateID(practice.id, firstLine: first), key: "id")
                issues += reader.issues.suffix(1)
                continue
            }
            firstLines[practice.id] = reader.line(of: "id")
            loaded.append(Entry(practice: practice, position: offset + 1, idLine: reader.line(of: "id"),
                                nextLine: practice.next == nil ? nil : reader.line(of: "next")))
        }
        return (loaded, issues)
    }
}
