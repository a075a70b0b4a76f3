import Foundation
import TOMLKit
import TendContentTree

/// Reads named fields out of prompts.toml, recording a problem (with the
/// line of its table) for anything missing, so the screens get typed values
/// and the tests get a list of what is wrong.
struct PromptFileReader {
    let source: String
    private let root: ContentTable?
    /// Read only for messages.
    private let lines: ContentLines
    private(set) var issues: [ContentIssue] = []

    /// A file already parsed (the built-in one was, at build time); `text`
    /// is only read for the line of a message.
    init(table: ContentTable, text: @escaping () -> String, source: String) {
        self.source = source
        lines = ContentLines(text)
        root = table
    }

    init(text: String, source: String) {
        self.source = source
        lines = ContentLines { text }
        do {
            root = try ContentTable(parsing: text)
        } catch let error as TOMLParseError {
            root = nil
            issues.append(ContentIssue(source: source, line: error.source.begin.line, problem: .syntax(error.description)))
        } catch {
            root = nil
            issues.append(ContentIssue(source: source, line: nil, problem: .syntax(String(describing: error))))
        }
    }

    /// A one-line string at `path` (table names then the key), or "" when
    /// missing. A syntax error was already reported once, so it is not
    /// repeated here.
    mutating func string(_ path: String...) -> String {
        guard let value = value(at: path) else { return "" }
        guard let text = value.string?.trimmingSpaces, !text.isEmpty else {
            report(.emptyField(path.joined(separator: ".")), path: path)
            return ""
        }
        return text
    }

    /// A non-empty list of non-empty strings at `path`, or [] when missing.
    mutating func strings(_ path: String...) -> [String] {
        guard let value = value(at: path) else { return [] }
        let field = path.joined(separator: ".")
        guard let array = value.array else {
            report(.wrongType(field: field, expected: "a list of strings"), path: path)
            return []
        }
        let texts = array.compactMap { $0.string?.trimmingSpaces }
        guard texts.count == array.count, !texts.contains(where: \.isEmpty), !texts.isEmpty else {
            report(.emptyField(field), path: path)
            return texts.filter { !$0.isEmpty }
        }
        return texts
    }

    /// The keys of the table at `path`, sorted; [] when it is missing.
    func keys(_ path: String...) -> [String] {
        var table = root
        for name in path { table = table?[name]?.table }
        return table?.keys.sorted() ?? []
    }

    private mutating func value(at path: [String]) -> ContentValue? {
        guard var table = root, let key = path.last else { return nil }
        for name in path.dropLast() {
            guard let next = table[name]?.table else {
                report(.missingField(path.joined(separator: ".")), path: path)
                return nil
            }
            table = next
        }
        guard let value = table[key] else {
            report(.missingField(path.joined(separator: ".")), path: path)
            return nil
        }
        return value
    }

    private mutating func report(_ problem: ContentIssue.Problem, path: [String]) {
        let tableName = path.dropLast().joined(separator: ".")
        let index = lines.index
        let header = index.tableHeaderLine(named: tableName)
        let line = header.flatMap { start in
            path.last.flatMap { index.line(ofKey: $0, in: index.span(startingAt: start)) } ?? start
        }
        issues.append(ContentIssue(source: source, line: line, problem: problem))
    }
}
