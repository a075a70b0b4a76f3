import TOMLKit
import TendContentTree

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
        /// The file's lines, looked up only when a message needs one.
        var lines: ContentLines

        var idLine: Int? { lines.line(of: "id", inCard: position - 1) }
        /// Where `next` is set, for a message about it.
        var nextLine: Int? { practice.next == nil ? nil : lines.line(of: "next", inCard: position - 1) }
    }

    func parse(_ text: String) -> (entries: [Entry], issues: [ContentIssue]) {
        let table: ContentTable
        do {
            table = try ContentTable(parsing: text)
        } catch let error as TOMLParseError {
            return ([], [ContentIssue(source: source, line: error.source.begin.line, problem: .syntax(error.description))])
        } catch {
            return ([], [ContentIssue(source: source, line: nil, problem: .syntax(String(describing: error)))])
        }
        return read(table, lines: ContentLines { text })
    }

    /// The cards of a file already parsed (the built-in one was, at build
    /// time); `lines` is only read for messages.
    func read(_ table: ContentTable, lines: ContentLines) -> (entries: [Entry], issues: [ContentIssue]) {
        var issues: [ContentIssue] = []
        for key in table.keys.sorted() where key != "practice" {
            let line = lines.index.line(ofKey: key, in: nil) ?? lines.index.tableHeaderLine(named: key)
            issues.append(ContentIssue(source: source, line: line, problem: .unknownKey(key)))
        }
        guard let value = table["practice"] else { return ([], issues) }
        guard let entries = value.array else {
            let problem = ContentIssue.Problem.wrongType(field: "practice", expected: "a list of [[practice]] tables")
            issues.append(ContentIssue(source: source, line: lines.index.line(ofKey: "practice", in: nil), problem: problem))
            return ([], issues)
        }
        var loaded: [Entry] = []
        var firstPositions: [String: Int] = [:]
        for (offset, entry) in entries.enumerated() {
            guard let card = entry.table else {
                issues.append(ContentIssue(source: source, line: lines.cardSpan(offset)?.start, cardPosition: offset + 1,
                                           problem: .notATable))
                continue
            }
            var reader = PracticeCardReader(table: card, lines: lines, source: source, position: offset + 1)
            let practice = reader.read(origin: origin, defaultFollowUp: defaultFollowUp)
            issues += reader.issues
            guard let practice else { continue }
            if let first = firstPositions[practice.id] {
                reader.report(.duplicateID(practice.id, firstLine: lines.line(of: "id", inCard: first - 1)), key: "id")
                issues += reader.issues.suffix(1)
                continue
            }
            firstPositions[practice.id] = offset + 1
            loaded.append(Entry(practice: practice, position: offset + 1, lines: lines))
        }
        return (loaded, issues)
    }
}
