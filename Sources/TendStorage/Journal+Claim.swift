import Foundation
import TendCore
import TendJournalFormat
import TendScheduler

extension Journal {
    /// Records that `firing` was offered, unless any process already did.
    /// The check and the write happen under the journal's lock, so the app
    /// and `tend remind` running together offer each prompt exactly once.
    /// - Returns: true when this call claimed it (the caller should offer it).
    public func claim(_ firing: Firing, at date: Date, in timeZone: Zone = .current) throws(StorageError) -> Bool {
        try claimRecord(firing, at: date, in: timeZone) != nil
    }

    /// Like `claim`, returning the record written (nil when another process
    /// had already claimed it), so the claim can be released if the prompt
    /// never reached the user.
    public func claimRecord(_ firing: Firing, at date: Date, in timeZone: Zone = .current) throws(StorageError) -> Record? {
        let record = Record(.promptFired(firing.record), at: LocalTime(date, in: timeZone))
        let line = record.jsonLine
        let month = MonthFile(record.time)
        let folder = month.folder(in: directory)
        try checkFoldersAreSafe(month)
        try POSIX.ensureDirectory(folder)
        return try FileLock.withLock(in: directory) { () throws(StorageError) -> Record? in
            // A day's firing is written on that day or the next (late catch-ups), never earlier.
            guard try !firings(since: date.addingTimeInterval(-3 * 86_400)).contains(firing) else { return nil }
            try JournalAppender.append(line: line, to: month.path(in: directory), folder: folder)
            return record
        }
    }

    /// Gives a claim back (a `delete` naming its record): the prompt did not
    /// reach the user, so the app or the next round may offer it again.
    public func release(_ claim: Record, at date: Date, in timeZone: Zone = .current) throws(StorageError) {
        try append(.delete(Delete(target: claim.id)), at: date, in: timeZone)
    }

    /// Prompts already offered since `date`, by any process.
    public func firings(since date: Date) throws(StorageError) -> Set<Firing> {
        Set(try records(since: date).compactMap { record in
            if case .promptFired(let fired) = record.payload { return Firing(fired) }
            return nil
        })
    }
}
