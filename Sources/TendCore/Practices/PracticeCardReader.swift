import Foundation
import TendContentTree

/// Reads the fields of one `[[practice]]` table, collecting every problem
/// (with its line) instead of stopping at the first.
struct PracticeCardReader {
    static let knownKeys: Set<String> = [
        "id", "name", "group", "how", "why", "follow_up", "when", "where", "who", "seconds", "next",
    ]
    static let secondsRange = 1...3600

    let table: ContentTable
    let lines: ContentLines
    let source: String
    let position: Int
    private(set) var cardID: String?
    private(set) var issues: [ContentIssue] = []

    init(table: ContentTable, lines: ContentLines, source: String, position: Int) {
        self.table = table; self.lines = lines
        self.source = source; self.position = position
    }

    /// The card, or nil when a problem means it cannot be used.
    /// - Parameter defaultFollowUp: the question for a custom card that
    ///   leaves `follow_up` out (a built-in card must have its own).
    mutating func read(origin: PracticeSource, defaultFollowUp: String) -> Practice? {
        let id = readID()
        cardID = id
        let name = text("name")
        let group = readGroup()
        let how = text("how")
        let why = text("why")
        let followUp = readFollowUp(origin: origin, default: defaultFollowUp)
        let when = tags("when", as: PracticeTime.self, label: "when tag")
        let place = tags("where", as: PracticePlace.self, label: "where tag")
        let who = tags("who", as: Audience.self, label: "who tag")
        let seconds = readSeconds()
        let next = readNext()
        for key in table.keys.sorted() where !Self.knownKeys.contains(key) {
            report(.unknownKey(key), key: key)
        }
        guard let id, let name, let group, let how, let why, let followUp,
              let when, let place, let who, let seconds else { return nil }
        return Practice(
            id: id, name: name, group: group, how: how, why: why, followUp: followUp,
            when: when, where: place, audiences: who, seconds: seconds, source: origin, next: next
        )
    }

    /// The line where `key` is set, else the card's header line.
    func line(of key: String?) -> Int? {
        lines.line(of: key, inCard: position - 1)
    }

    mutating func report(_ problem: ContentIssue.Problem, key: String?) {
        issues.append(ContentIssue(
            source: source, line: line(of: key), cardID: cardID,
            cardPosition: position, problem: problem
        ))
    }

    private mutating func readID() -> String? {
        guard let id = text("id") else { return nil }
        guard Self.isValidID(id) else {
            report(.invalidID(id), key: "id")
            return nil
        }
        return id
    }

    /// Lowercase ASCII letters and digits in words joined by single hyphens.
    static func isValidID(_ id: String) -> Bool {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        return !id.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0)
            }
        }
    }

    private mutating func text(_ key: String) -> String? {
        guard let value = table[key] else {
            report(.missingField(key), key: nil)
            return nil
        }
        guard let raw = value.string else {
            report(.wrongType(field: key, expected: "a string in quotes"), key: key)
            return nil
        }
        let text = raw.trimmingSpaces
        if text.isEmpty {
            report(.emptyField(key), key: key)
            return nil
        }
        // By scalar, not Character (much cheaper, and cards are read at every
        // start): a line break always starts a Character of its own, so the
        // answer is the same.
        if text.unicodeScalars.contains(where: Self.isLineBreak) {
            report(.notOneLine(key), key: key)
            return nil
        }
        return text
    }

    /// The scalars for which `Character.isNewline` is true.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The evening question. Built-in cards must carry one; a custom card
    /// may leave it out (or empty) and gets the default, but one that is
    /// there must be a one-line string like the other fields.
    private mutating func readFollowUp(origin: PracticeSource, default fallback: String) -> String? {
        guard origin == .custom else { return text("follow_up") }
        guard let value = table["follow_up"] else { return fallback }
        if value.string?.trimmingSpaces.isEmpty == true { return fallback }
        return text("follow_up")
    }

    /// The id of the card that comes next, if the card names one. Whether
    /// that card exists is checked once every card is loaded.
    private mutating func readNext() -> String? {
        guard let value = table["next"] else { return nil }
        guard let id = value.string?.trimmingSpaces, Self.isValidID(id) else {
            report(.unusableNext(value.string ?? "a value that is not text"), key: "next")
            return nil
        }
        return id
    }

    private mutating func readGroup() -> PracticeGroup? {
        guard let name = text("group") else { return nil }
        guard let group = PracticeGroup(rawValue: name) else {
            report(.unknownValue(field: "group", value: name, known: PracticeGroup.allCases.map(\.rawValue)), key: "group")
            return nil
        }
        return group
    }

    /// A list of tags; a single string is taken as a list of one.
    private mutating func tags<Tag>(_ key: String, as type: Tag.Type, label: String) -> [Tag]?
    where Tag: RawRepresentable & CaseIterable & Hashable, Tag.RawValue == String {
        guard let names = words(key) else { return nil }
        var found: [Tag] = []
        var allKnown = true
        for name in names {
            if let tag = Tag(rawValue: name.lowercased()) {
                if !found.contains(tag) { found.append(tag) }
            } else {
                let known = Tag.allCases.map { $0.rawValue }
                report(.unknownValue(field: label, value: name, known: known), key: key)
                allKnown = false
            }
        }
        return allKnown ? found : nil
    }

    /// The strings of a list field (or a lone string), trimmed; nil after
    /// reporting when missing, of the wrong type or empty.
    private mutating func words(_ key: String) -> [String]? {
        guard let value = table[key] else {
            report(.missingField(key), key: nil)
            return nil
        }
        var names: [String] = []
        if let single = value.string {
            names.append(single)
        } else if let array = value.array {
            for element in array {
                guard let name = element.string else {
                    report(.wrongType(field: key, expected: "a list of words, like [\"home\"]"), key: key)
                    return nil
                }
                names.append(name)
            }
        } else {
            report(.wrongType(field: key, expected: "a list of words, like [\"home\"]"), key: key)
            return nil
        }
        names = names.map { $0.trimmingSpaces }
        guard !names.isEmpty, !names.contains(where: { $0.isEmpty }) else {
            report(.emptyField(key), key: key)
            return nil
        }
        return names
    }

    private mutating func readSeconds() -> Int? {
        guard let value = table["seconds"] else {
            report(.missingField("seconds"), key: nil)
            return nil
        }
        guard let seconds = value.int else {
            report(.wrongType(field: "seconds", expected: "a whole number, like 30"), key: "seconds")
            return nil
        }
        guard Self.secondsRange.contains(seconds) else {
            report(.secondsOutOfRange(seconds), key: "seconds")
            return nil
        }
        return seconds
    }
}
