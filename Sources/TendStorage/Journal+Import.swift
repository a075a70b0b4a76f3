import TendCore

extension Journal {
    /// Adds the records of a JSON Lines file (a `tend export --format json`,
    /// another machine's month file, or a tool's output). Records whose id is
    /// already present are left alone, so importing twice adds nothing. Each
    /// month file is rewritten atomically under the lock; if Tend is stopped
    /// halfway, running the import again finishes it.
    public func importRecords(
        fromFile path: String,
        progress: ((Int, Int) -> Void)? = nil
    ) throws(StorageError) -> ImportSummary {
        try importRecords(from: try POSIX.readAll(path), progress: progress)
    }

    /// Like `importRecords(fromFile:)`, from bytes.
    public func importRecords(from bytes: [UInt8], progress: ((Int, Int) -> Void)? = nil) throws(StorageError) -> ImportSummary {
        var summary = ImportSummary()
        var incoming: [Record] = []
        bytes.withUnsafeBufferPointer { buffer in
            for line in LineScanner.lines(in: buffer) {
                let size = line.end - line.start + 1
                if size > Self.maxRecordBytes {
                    let reason = RecordError.tooLarge(bytes: size, limit: Self.maxRecordBytes)
                    summary.rejected.append(.init(line: line.number, reason: "\(reason)"))
                    continue
                }
                do {
                    incoming.append(try Record(line: UnsafeBufferPointer(rebasing: buffer[line.start..<line.end])))
                } catch {
                    summary.rejected.append(.init(line: line.number, reason: "\(error)"))
                }
            }
        }
        try POSIX.ensureDirectory(directory)
        try FileLock.withLock(in: directory) { () throws(StorageError) in
            var known = try existingIDs()
            var byMonth: [MonthFile: [Record]] = [:]
            for record in incoming {
                if known.insert(record.id).inserted {
                    byMonth[MonthFile(record.time), default: []].append(record)
                    summary.added += 1
                } else {
                    summary.alreadyPresent += 1
                }
            }
            var done = 0
            for month in byMonth.keys.sorted() {
                let records = (byMonth[month] ?? []).sorted(by: Record.chronologically)
                let path = month.path(in: directory)
                var contents: [UInt8]
                do throws(StorageError) {
                    contents = try POSIX.readAll(path)
                } catch {
                    guard case .notFound = error else { throw error }
                    contents = []
                }
                if let last = contents.last, last != 0x0A { contents.append(0x0A) }
                for record in records {
                    JSONLineWriter.write(record.jsonObject, to: &contents)
                    contents.append(0x0A)
                }
                try AtomicFileWriter.write(contents, to: path)
                done += records.count
                progress?(done, summary.added)
            }
        }
        return summary
    }

    /// The id of every readable record in every journal file.
    private func existingIDs() throws(StorageError) -> Set<RecordID> {
        var ids: Set<RecordID> = []
        for file in try files() {
            let bytes: [UInt8]
            do {
                bytes = try POSIX.readAll(file.path)
            } catch {
                if case .notFound = error { continue }
                throw error
            }
            bytes.withUnsafeBufferPointer { buffer in
                for line in LineScanner.lines(in: buffer) {
                    let slice = UnsafeBufferPointer(rebasing: buffer[line.start..<line.end])
                    // A torn line does not count: importing a whole copy repairs it.
                    if let record = try? Record(line: slice) { ids.insert(record.id) }
                }
            }
        }
        return ids
    }
}
