import Foundation
import TendCore

extension LetterShelf {
    /// What `tend doctor` says about the folders shared with people: a
    /// missing `[me] name`, a folder that is not there or that others can
    /// open, letters files that are links or not plain files, lines that
    /// cannot be read (the user's own file included), files others can read,
    /// a folder that holds the journal itself (`journal`, the data folder),
    /// and, for a folder that is a git repository, what `tend sync` would
    /// stop at. Changes nothing.
    public static func findings(book: PeopleBook, me: String?, configPath: String, journal: String? = nil,
                                environment: [String: String] = ProcessInfo.processInfo.environment) -> [DoctorReport.Finding] {
        let shared = folders(in: book)
        guard !shared.isEmpty else { return [] }
        var findings: [DoctorReport.Finding] = []
        if me == nil {
            let names = shared.flatMap(\.people).map { SafeText.line($0) }.joined(separator: ", ")
            findings.append(.init(.problem, path: configPath,
                "people.toml shares a folder with \(names), but there is no [me] name here. Add [me] name = \"Your name\": it signs what you send and tells your letters from theirs."))
        }
        for (folder, people) in shared {
            let path = folder.path
            guard POSIX.isFolder(path) else {
                if POSIX.entry(at: path) == .missing {
                    findings.append(.init(.note, path: path, "the folder named in people.toml isn't here (yet?); letters wait until it is"))
                } else {
                    findings.append(.init(.problem, path: path, "share in people.toml names this, but it isn't a folder"))
                }
                continue
            }
            // Whatever syncs the folder with them would carry every entry too.
            if let journal, Journal.isPath(journal, inside: Journal.realPath(path)) {
                let names = people.map { SafeText.line($0) }.joined(separator: ", ")
                findings.append(.init(.problem, path: path,
                    "this folder you share with \(names) holds your journal (\(journal)), so whatever syncs it with them "
                        + "carries every entry too. Give the letters a folder of their own and change share in people.toml."))
            }
            if let mode = SharedFolderCheck.looseMode(of: path) {
                findings.append(.init(.problem, path: path,
                    "others on this computer can open this shared folder (mode \(mode)); run: chmod 700 '\(path)'"))
            }
            for file in letterFiles(in: path, findings: &findings) {
                let letters = parse(file.path, findings: &findings)
                // Two people signing with one name write one file, and neither reads the other.
                if let me, LetterFileName.isOwn(file.name, me: me),
                   letters.contains(where: { PersonName.matches($0.0.to, me) }) {
                    findings.append(.init(.problem, path: file.path,
                        "someone else writes to this file with your name; each of you needs a [me] name of your own (they can't be the same, even in another case)"))
                }
                if let mode = SharedFolderCheck.looseFileMode(of: file.path) {
                    findings.append(.init(.problem, path: file.path, "others can read this (mode \(mode)); run: chmod 600 '\(file.path)'"))
                }
            }
            if JournalSync.isSetUp(directory: path) {
                findings += JournalSync.findings(directory: path, environment: environment)
            }
        }
        return findings
    }
}
