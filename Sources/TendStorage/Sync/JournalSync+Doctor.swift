import Foundation

extension JournalSync {
    /// What `tend doctor` adds about syncing: merge markers in month files
    /// (from git or from a hand merge of Syncthing copies), and, when the
    /// folder is a git repository, a merge left half done, a detached HEAD,
    /// a missing remote or union merges not set up. Changes nothing.
    public static func findings(directory: String,
                                environment: [String: String] = ProcessInfo.processInfo.environment) -> [DoctorReport.Finding] {
        var findings = markerFindings(directory: directory)
        guard isSetUp(directory: directory) else { return findings }
        let sync: JournalSync
        do {
            sync = try JournalSync(directory: directory, environment: environment)
        } catch {
            findings.append(.init(.note, path: directory, "this folder is a git repository, but \(error)"))
            return findings
        }
        findings += sync.repositoryFindings()
        return findings
    }

    private static func markerFindings(directory: String) -> [DoctorReport.Finding] {
        let files = (try? Journal(directory: directory).files()) ?? []
        var findings: [DoctorReport.Finding] = []
        for file in files {
            guard let bytes = try? POSIX.readAll(file.path) else { continue }
            for line in ConflictMarkers.lines(in: bytes) {
                findings.append(.init(.problem, path: file.path, line: line,
                    "a merge marker (<<<<<<<, ======= or >>>>>>>): delete this line and keep the entries around it; tend sync waits until it is gone"))
            }
        }
        return findings
    }

    private func repositoryFindings() -> [DoctorReport.Finding] {
        var findings: [DoctorReport.Finding] = []
        do {
            let branch = try currentBranch()
            if try remoteName(for: branch) == nil {
                findings.append(.init(.note, path: directory,
                    "a git repository with no remote: tend sync keeps history here only. To sync with another device: tend sync init REMOTE"))
            }
        } catch {
            let text: String
            switch error {
            case .unfinishedMerge(_, let files):
                let list = files.isEmpty ? "" : " (in \(files.joined(separator: ", ")))"
                text = "a git merge was left half done\(list); tend sync waits until it is finished. Finish it with git -C '\(directory)' commit, or undo it with git -C '\(directory)' merge --abort"
            case .detachedHead:
                text = "not on a branch (a detached HEAD), so tend sync can't run. Go back to yours, for example with git -C '\(directory)' switch \(SyncBranch.standard)"
            default:
                text = "git could not read this repository: \(error)"
            }
            findings.append(.init(.problem, path: directory, text))
        }
        let attributes = (try? POSIX.readAll("\(directory)/\(SyncSupportFiles.attributes.name)")).map { String(decoding: $0, as: UTF8.self) }
        if SyncSupportFiles.attributes.completing(attributes) != nil {
            findings.append(.init(.note, path: "\(directory)/\(SyncSupportFiles.attributes.name)",
                "month files aren't marked merge=union yet, so git could stop at a conflict; the next tend sync adds the line"))
        }
        return findings
    }
}
