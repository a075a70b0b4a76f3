import ArgumentParser
import Foundation
import TendCore
import TendStorage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shared plumbing of the storage commands: signals, errors, progress.
enum StorageCommandSupport {
    /// `tend log | head` should end quietly: die of SIGPIPE like `cat` does,
    /// instead of printing an error about a broken pipe.
    static func exitQuietlyOnBrokenPipe() {
        signal(SIGPIPE, SIG_DFL)
    }

    /// Past `ulimit -f` a write should fail with EFBIG (and a message), not
    /// kill the process.
    static func survivesFileSizeLimit() {
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Runs a storage call; a `StorageError` is printed plainly to stderr and
    /// ends the command with status 1.
    static func reporting<T>(_ body: () throws(StorageError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            printError(error.description, path: error.path)
            throw ExitCode.failure
        }
    }

    /// One line on stderr (one JSON object under `--json`, see `ErrorOutput`).
    static func printError(_ text: String, path: String? = nil) {
        ErrorOutput.write(text, path: path)
    }

    /// One line on stderr for each month path a read had to skip (the rest was read).
    static func report(_ skipped: [SkippedFile]) {
        for file in skipped { printError(file.description, path: file.path) }
    }

    /// Writes out what is left in `out`; when stdout failed, says so (naming
    /// `what` was being written) and ends the command with status 1.
    static func finish(_ out: inout StandardOutput, writing what: String) throws {
        out.flush()
        guard let reason = out.failureReason else { return }
        printError("Could not write \(what): \(reason).")
        throw ExitCode.failure
    }

    /// After a record was saved: prints `line` (its id, usually) on stdout,
    /// and when stdout cannot take it, says on stderr that the record is
    /// saved and gives the id there. Exits 0 either way, so a script that
    /// retries on failure never saves it twice.
    static func confirm(saved description: String, id: RecordID, line: (StandardOutput) -> String) {
        var out = StandardOutput()
        out.write(line(out))
        out.flush()
        guard let reason = out.failureReason else { return }
        printError("Saved \(description) (\(id)); \(reason), so its id is here instead.")
    }

    /// True when stderr is a terminal, so progress can be drawn there.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// A progress callback that redraws one line on stderr ("Importing… 42%"),
    /// or nil when stderr is not a terminal or the work is small.
    static func progress(_ verb: String, expected: Int) -> ((Int, Int) -> Void)? {
        guard stderrIsTerminal, expected >= 5_000 else { return nil }
        var lastShown = -1
        return { done, total in
            guard total > 0 else { return }
            let percent = min(100, done * 100 / total)
            guard percent != lastShown else { return }
            lastShown = percent
            let end = done >= total ? "\r\u{1B}[K" : ""
            let text = done >= total ? end : "\r\(verb)… \(percent)% (\(done) of \(total))"
            StandardStream.error.write(text)
        }
    }
}
