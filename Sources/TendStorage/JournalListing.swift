#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The data folder sorted into what the journal reads (month files and
/// their copies) and everything else: paths that should be month files but
/// cannot be read, temp files an interrupted rewrite left, and whatever does
/// not fit the layout. Only `lstat` is used: listing never follows a link
/// and never opens a file, so a FIFO cannot make it wait.
struct JournalListing: Sendable {
    /// Month files, oldest month first, the canonical file before its copies.
    var files: [JournalFile] = []
    /// Year folders and month paths that are there but cannot be read.
    var skipped: [SkippedFile] = []
    /// Temp files of an interrupted import (`.2026-11.jsonl.958.6225ba50.tmp`).
    var temps: [String] = []
    /// Paths that are not part of the layout, with what Tend makes of them.
    var strays: [(path: String, note: String)] = []
    /// The year folders read.
    var folders: [String] = []

    /// Lists `directory`. A missing folder is an empty journal; one that is not
    /// a folder, or cannot be listed, is an error (nothing could be read).
    static func list(_ directory: String) throws(StorageError) -> JournalListing {
        var listing = JournalListing()
        var info = stat()
        guard stat(directory, &info) == 0 else {
            if errno == ENOENT { return listing }
            throw .system(operation: .list, path: directory, errno: errno)
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .system(operation: .list, path: directory, errno: ENOTDIR) }
        for name in try POSIX.names(in: directory) {
            let path = directory + "/" + name
            guard lstat(path, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            // Tend's own folder of words being written (see FORMAT.md, Drafts): not the journal, not a stray.
            if name == DraftStore.folderName, type == S_IFDIR { continue }
            if name == FileLock.fileName {
                if type != S_IFREG {
                    listing.strays.append((path, "should be an empty plain file (writers lock it); Tend cannot save until it is. Remove it and Tend makes a new one."))
                }
                continue
            }
            if isTemp(name) {
                if type == S_IFREG { listing.temps.append(path) } else { listing.strays.append((path, strayNote(name))) }
            } else if name.utf8.count == 4, name.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
                switch type {
                case S_IFDIR:
                    listing.folders.append(path)
                    listing.list(year: name, folder: path)
                case S_IFLNK: listing.skipped.append(SkippedFile(path: path, reason: .link))
                default: listing.strays.append((path, "a file where a year folder belongs; Tend does not read it."))
                }
            } else {
                listing.strays.append((path, strayNote(name)))
            }
        }
        listing.files.sort { lhs, rhs in
            if lhs.month != rhs.month { return lhs.month < rhs.month }
            if lhs.isCanonical != rhs.isCanonical { return lhs.isCanonical }
            return lhs.path < rhs.path
        }
        listing.skipped.sort { $0.path < $1.path }
        listing.temps.sort()
        listing.strays.sort { $0.path < $1.path }
        return listing
    }

    private mutating func list(year: String, folder: String) {
        let names: [String]
        do {
            names = try POSIX.names(in: folder)
        } catch {
            if case .system(_, _, let code) = error { skipped.append(SkippedFile(path: folder, reason: .unreadable(code))) }
            return
        }
        var info = stat()
        for name in names {
            let path = folder + "/" + name
            guard lstat(path, &info) == 0 else { continue }
            if Self.isTemp(name), (info.st_mode & S_IFMT) == S_IFREG {
                temps.append(path)
                continue
            }
            guard name.hasSuffix(".jsonl"), !name.hasPrefix("."), let month = MonthFile(name: String(name.prefix(7))) else {
                strays.append((path, Self.strayNote(name)))
                continue
            }
            guard month.year4 == year else {
                strays.append((path, "a month of \(month.year4), in the folder of \(year); Tend does not read it here. Move it to \(month.year4)/."))
                continue
            }
            if let reason = SkippedFile.reason(forMode: info.st_mode) {
                skipped.append(SkippedFile(path: path, reason: reason))
            } else {
                files.append(JournalFile(month: month, path: path, isCanonical: name == "\(month.name).jsonl"))
            }
        }
    }

    /// `.NAME.PID.HEX.tmp`, as `AtomicFileWriter` names its temp files.
    static func isTemp(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp") && name.split(separator: ".").count >= 4
    }

    /// Git and Syncthing keep their own files beside the ones they sync.
    private static let syncToolNames: Set<String> = [".git", ".gitattributes", ".gitignore", ".stfolder", ".stignore", ".stversions"]

    private static func strayNote(_ name: String) -> String {
        if syncToolNames.contains(name) { return "belongs to git or Syncthing; Tend leaves it alone." }
        return "not part of the journal's layout; Tend does not read it. Move it elsewhere if it is yours."
    }
}
