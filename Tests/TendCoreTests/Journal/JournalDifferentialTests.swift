import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

/// Rule 1 of FORMAT.md, one truth for many readers: the folds in TendCore
/// agree with `ReferenceFold` on thousands of random journals.
/// `TEND_DIFFERENTIAL_CASES` runs more of them (or fewer).
@Suite("Journal records: every fold agrees with the reference")
struct JournalDifferentialTests {
    /// A random journal, its lines parsed once, and what the reference makes of them.
    struct Case: Sendable {
        let seed: UInt64
        let lines: [[UInt8]]
        let parsed: [Record]
        let expected: [Record]
        let conflicts: Set<RecordID>

        init(seed: UInt64) {
            self.seed = seed
            lines = RandomJournal(seed: seed).journalLines
            let reference = ReferenceFold.parse(lines)
            parsed = reference.map(\.record)
            expected = ReferenceFold.history(of: reference)
            conflicts = ReferenceFold.conflicts(of: reference)
        }
    }

    static let count = Int(ProcessInfo.processInfo.environment["TEND_DIFFERENTIAL_CASES"] ?? "") ?? 1000
    /// Made once for every test of the suite.
    static let cases = (0..<UInt64(count)).map(Case.init)

    @Test("History agrees with the reference, whatever order the lines arrive in")
    func historyAgrees() {
        var generator = SeededGenerator(seed: 16)
        for test in Self.cases {
            let history = History(test.parsed)
            let agrees = history.records == test.expected
                && History(test.parsed.shuffled(using: &generator)).records == test.expected
                && History(test.parsed.reversed()).records == test.expected
                && Set(history.conflicts) == test.conflicts
            if !agrees {
                Issue.record("seed \(test.seed): \(Self.difference(history.records, test.expected))")
                break
            }
        }
    }

    @Test("the recent journal home reads agrees with the reference, also as records arrive one by one")
    func recentJournalAgrees() {
        for test in Self.cases {
            let half = test.parsed.count / 2
            var recent = RecentJournal(lines: Array(test.parsed.prefix(half)))
            for record in test.parsed.dropFirst(half) { recent.add(record) }
            let whole = RecentJournal(lines: test.parsed).records
            if whole != test.expected || recent.records != test.expected {
                Issue.record("seed \(test.seed): \(Self.difference(whole == test.expected ? recent.records : whole, test.expected))")
                break
            }
        }
    }

    @Test("every line that reads as a record reads back the same from the line Tend writes for it")
    func recordsRoundTrip() throws {
        for test in Self.cases {
            for record in test.parsed {
                let again = try Record(line: record.jsonLine)
                if again != record || again.jsonLine != record.jsonLine {
                    Issue.record("seed \(test.seed): \(String(decoding: record.jsonLine, as: UTF8.self))")
                    return
                }
            }
        }
    }

    /// The first record where two histories part, for a failure message.
    static func difference(_ actual: [Record], _ expected: [Record]) -> String {
        for (index, pair) in zip(actual, expected).enumerated() where pair.0 != pair.1 {
            return "first difference at \(index): got \(String(decoding: pair.0.jsonLine, as: UTF8.self)), expected \(String(decoding: pair.1.jsonLine, as: UTF8.self))"
        }
        return actual.count == expected.count ? "same" : "got \(actual.count) records, expected \(expected.count)"
    }
}
