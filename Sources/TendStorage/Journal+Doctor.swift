import TendCore
import TendJournalFormat
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Journal {
    /// Reads every file and reports what is wrong with it. Never changes a file.
    ///
    /// Every path in the data folder is accounted for: month files (their
    /// lines, copies and modes), paths that cannot be read, temp files an
    /// interrupted import left, and anything that does not fit the layout.
    /// Each finding names the path, what is wrong and what to do; advice
    /// never acts through a symbolic link. A folder shared with someone for
    /// letters (`sharedFolders`, from people.toml) is not a stray, nor is
    /// anything in it: the letters checks speak for it.
    public func diagnose(sharedFolders: [String] = []) -> DoctorReport {
        var report = DoctorReport()
        if let problem = Self.folderProblem(directory) {
            report.findings.append(.init(.problem, path: directory, "\(problem.reason), so Tend will not write to it. \(problem.advice)"))
        } else {
            checkMode(of: directory, expected: POSIX.folderMode, into: &report)
        }
        let listing: JournalListing
        do {
            listing = try JournalListing.list(directory)
        } catch {
            report.findings.append(.init(.problem, path: directory, "\(error)"))
            return report
        }
        for folder in listing.folders {
            if let problem = Self.folderProblem(folder) {
                report.findings.append(.init(.problem, path: folder, "\(problem.reason), so Tend will not write to it. \(problem.advice)"))
            } else {
                checkMode(of: folder, expected: POSIX.folderMode, into: &report)
            }
        }
        for skip in listing.skipped {
            report.findings.append(.init(.problem, path: skip.path, skip.problem))
        }
        for temp in listing.temps {
            let size = POSIX.size(of: temp).map { " (\(ByteCount.text($0)))" } ?? ""
            report.findings.append(.init(.problem, path: temp,
                "a temp file an interrupted import left\(size); nothing reads it. Remove it with: tend doctor --remove-temp-files"))
        }
        let shared = sharedFolders.map(Self.realPath)
        for stray in listing.strays where !shared.contains(where: { Self.isPath(stray.path, inside: $0) }) {
            report.findings.append(.init(.note, path: stray.path, stray.note))
        }
        if let problem = cache?.folder.problem() {
            report.findings.append(.init(.note, problem))
        }
        readFiles(listing.files, into: &report)
        return report
    }

    /// Reads the month files themselves (never the cache: checking them is the point).
    private func readFiles(_ files: [JournalFile], into report: inout DoctorReport) {
        var builder = History.Builder(roomFor: files)
        let read: @Sendable (JournalFile) -> JournalFileRead = { JournalFileRead($0) }
        ParallelFileReader.map(files, read) { file, result in
            let contents: MonthFileContents
            switch result {
            case .gone: return
            case .skipped(let skip):
                report.findings.append(.init(.problem, path: skip.path, skip.problem))
                return
            case .read(let bytes, _): contents = MonthFileContents(bytes: bytes)
            }
            report.files += 1
            checkMode(of: file.path, expected: POSIX.fileMode, into: &report)
            if !file.isCanonical {
                report.findings.append(.init(.note, path: file.path,
                    "an extra copy of \(file.month.name) (from syncing?); Tend reads it and merges it by id"))
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
    }

    /// Removes the temp files an interrupted import left (under the lock, so
    /// never one a running import is writing). Returns what was removed.
    public func removeTempFiles() throws(StorageError) -> [String] {
        guard !(try JournalListing.list(directory).temps.isEmpty) else { return [] }
        return try FileLock.withLock(in: directory) { () throws(StorageError) -> [String] in
            var removed: [String] = []
            for temp in try JournalListing.list(directory).temps {
                guard unlink(temp) == 0 else { throw .system(operation: .write, path: temp, errno: errno) }
                removed.append(temp)
            }
            return removed
        }
    }

    /// Reports a folder or file others can read. Uses `lstat`: a link is
    /// never given `chmod` advice, which would act on what it points to.
    private func checkMode(of path: String, expected: UInt32, into report: inout DoctorReport) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG || type == S_IFDIR || path == directory else { return }
        let mode = UInt32(info.st_mode & 0o7777)
        if type == S_IFLNK {
            // The data folder itself may be a link (to a synced folder): advise on the real folder.
            let real = Self.realPath(path)
            guard real != path, lstat(real, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
            if UInt32(info.st_mode & 0o777) & ~expected != 0 {
                report.findings.append(.init(.problem, path: path,
                    "others can read it (mode \(String(UInt32(info.st_mode & 0o777), radix: 8))); run: chmod \(String(expected, radix: 8)) '\(real)'"))
            }
            return
        }
        if mode & ~expected & 0o777 != 0 {
            report.findings.append(.init(.problem, path: path,
                "others can read this (mode \(String(mode, radix: 8))); run: chmod \(String(expected, radix: 8)) '\(path)'"))
        }
    }
}
