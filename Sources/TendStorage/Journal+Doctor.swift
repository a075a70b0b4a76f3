import TendCore

extension Journal {
    /// Reads every file and reports what is wrong with it. Never changes a file.
    public func diagnose() -> DoctorReport {
        var report = DoctorReport()
        checkMode(of: directory, expected: POSIX.folderMode, into: &report)
        let files: [JournalFile]
        do {
            files = try self.files()
        } catch {
            report.findings.append(.init(.problem, path: directory, "\(error)"))
            return report
        }
        var builder = History.Builder(expectedCount: files.reduce(0) { $0 + (POSIX.size(of: $1.path) ?? 0) } / 128)
        var checkedFolders: Set<String> = []
        let read: @Sendable (JournalFile) -> Result<MonthFileContents, StorageError> = { file in
            Result { () throws(StorageError) in MonthFileContents(bytes: try POSIX.readAll(file.path)) }
        }
        // Always the files themselves, never the cache: checking them is the point.
        ParallelFileReader.map(files, read) { file, result in
            report.files += 1
            let folder = String(file.path[..<(file.path.lastIndex(of: "/") ?? file.path.endIndex)])
            if checkedFolders.insert(folder).inserted { checkMode(of: folder, expected: POSIX.folderMode, into: &report) }
            checkMode(of: file.path, expected: POSIX.fileMode, into: &report)
            if !file.isCanonical {
                report.findings.append(.init(.note, path: file.path,
                    "an extra copy of \(file.month.name) (from syncing?); Tend reads it and merges it by id"))
            }
            let contents: MonthFileContents
            switch result {
            case .success(let read): contents = read
            case .failure(let error):
                report.findings.append(.init(.problem, path: file.path, "\(error)"))
                return
            }
            report.lines += contents.lineCount
            for bad in contents.unreadable {
                report.findings.append(.init(.problem, path: file.path, line: bad.line,
                    "skipped: \(bad.reason). The line is kept as it is; fix or delete it by hand."))
            }
            if !contents.endsWithNewline, contents.unreadable.isEmpty {
                report.findings.append(.init(.note, path: file.path, "the last line has no newline; the next entry will start on a new line"))
            }
            for record in contents.records where MonthFile(record.time) != file.month {
                report.findings.append(.init(.note, path: file.path,
                    "\(record.id) is dated \(record.time.iso8601) but sits in \(file.month.name); it is still read"))
            }
            builder.add(contents.records)
        }
        let history = builder.finish()
        report.records = history.records.count
        for id in history.conflicts {
            report.findings.append(.init(.problem,
                "\(id) appears more than once with different contents; Tend shows one of them. Search for it with: grep -rn '\(id)' \(directory)"))
        }
        for failure in history.failedEdits {
            report.findings.append(.init(.problem, "the edit \(failure.edit) cannot be applied: \(failure.reason)"))
        }
        for orphan in history.orphanCorrections {
            report.findings.append(.init(.note,
                "\(orphan.kind.rawValue) \(orphan.id) names a record that is not here (not synced yet?)"))
        }
        return report
    }

    private func checkMode(of path: String, expected: UInt32, into report: inout DoctorReport) {
        guard let mode = POSIX.mode(of: path) else { return }
        if UInt32(mode) & ~expected & 0o777 != 0 {
            let octal = String(UInt32(mode), radix: 8)
            let wanted = String(expected, radix: 8)
            report.findings.append(.init(.problem, path: path,
                "others can read this (mode \(octal)); run: chmod \(wanted) '\(path)'"))
        }
    }
}
