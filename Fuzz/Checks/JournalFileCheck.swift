import Foundation
import Synchronization
import TendCore
import TendJournalFormat
import TendStorage

/// A journal made of the input (split into three month files), read by
/// every reader, each checked against `ReferenceFold`: the fold in memory,
/// the whole-history read, the newest-first walk behind `log` (all, and a
/// search), the recent read behind home, and the lines an export writes.
public enum JournalFileCheck {
    public static let check = FuzzCheck(name: "journal-file") { input in
        // One scratch folder per process: callers on other threads (parallel tests) take turns.
        folder.lock.withLock { _ in run(input) }
    }

    private static func run(_ input: [UInt8]) -> String? {
        let parsed = ReferenceFold.parse(ReferenceFold.lines(of: input))
        let expected = ReferenceFold.history(of: parsed)
        if History(parsed.map(\.record)).records != expected { return "History" }
        if History(parsed.map(\.record).reversed()).records != expected { return "History of the lines reversed" }
        let journal = Journal(directory: folder.directory)
        folder.write(input)
        do {
            if try journal.history().records != expected { return "Journal.history()" }
            var walked: [Record] = []
            try journal.forEachNewestFirst { walked.append($0); return true }
            if walked != expected.reversed() { return "the newest-first walk" }
            if let record = expected.last, let word = record.payload.texts.first ?? record.payload.person {
                let query = RecordQuery(search: String(word.prefix(4)))
                var matcher = RecordMatcher(query)
                var found: [Record] = []
                try journal.forEachNewestFirst(matching: query) { found.append($0); return true }
                if found != expected.filter({ matcher.matches($0) }).reversed() { return "the walk searching \(query)" }
                let since = record.time.date.addingTimeInterval(-3600)
                if try journal.records(since: since) != expected.filter({ $0.time.date >= since }) { return "records(since:)" }
            }
            // Compared as the bytes an export writes: equal records must also be equal lines.
            if try journal.readLines().value.map(\.jsonLine) != ReferenceFold.winners(of: parsed).map(\.jsonLine) {
                return "the export's lines"
            }
        } catch {
            return "a read threw \(error)"
        }
        return nil
    }

    private static let folder = ScratchJournal()
}

/// A data folder in the temp folder for the process, rewritten for each
/// input: the input split at its newlines into three month files (one a
/// sync-conflict copy), lines taking turns.
final class ScratchJournal: @unchecked Sendable {
    let directory: String
    let lock = Mutex(())

    init() {
        let temporary = ProcessInfo.processInfo.environment["TMPDIR"].map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/tmp/"
        directory = temporary + "tend-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: directory + "/2026", withIntermediateDirectories: true)
        scratchDirectory = directory
        atexit(removeScratchDirectory)
    }

    func write(_ input: [UInt8]) {
        let names = ["2026-11.jsonl", "2026-12.jsonl", "2026-11.sync-conflict-20261201-000000-ABC.jsonl"]
        var parts: [[UInt8]] = [[], [], []]
        var part = 0
        for byte in input {
            parts[part].append(byte)
            if byte == 0x0A { part = (part + 1) % 3 }
        }
        for (name, bytes) in zip(names, parts) {
            _ = FileManager.default.createFile(atPath: directory + "/2026/" + name, contents: Data(bytes))
        }
    }
}

/// The scratch folder, for `removeScratchDirectory` (which `atexit` calls with no context).
private nonisolated(unsafe) var scratchDirectory: String?

private func removeScratchDirectory() {
    if let scratchDirectory { try? FileManager.default.removeItem(atPath: scratchDirectory) }
}
