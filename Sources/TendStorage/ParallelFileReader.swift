import Dispatch
import Foundation
import Synchronization

/// Reads and parses journal files on every core and hands each file's
/// result over in file order. Files go a few at a time, so only a handful
/// are held at once besides what the caller keeps.
enum ParallelFileReader {
    /// Calls `body` with each file and what `work` made of it, in order.
    static func map<Value: Sendable, Failure: Error>(
        _ files: [JournalFile],
        _ work: @Sendable (JournalFile) -> Value,
        _ body: (JournalFile, Value) throws(Failure) -> Void
    ) throws(Failure) {
        let batch = 2 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        var start = 0
        while start < files.count {
            let chunk = Array(files[start..<min(start + batch, files.count)])
            let results = Slots<Value>(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { index in
                results.set(index, work(chunk[index]))
            }
            for (file, result) in zip(chunk, results.values) {
                guard let result else { continue }
                try body(file, result)
            }
            start += chunk.count
        }
    }
}

/// One slot per task of a `concurrentPerform`, each written by its own
/// task; the mutex makes the writes visible to the thread that reads them.
private final class Slots<Value: Sendable>: Sendable {
    private let storage: Mutex<[Value?]>

    init(count: Int) {
        storage = Mutex(Array(repeating: nil, count: count))
    }

    func set(_ index: Int, _ value: Value) {
        storage.withLock { $0[index] = value }
    }

    var values: [Value?] {
        storage.withLock { $0 }
    }
}
