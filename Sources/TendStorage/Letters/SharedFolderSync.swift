import Foundation
import TendCore

/// `tend sync` for the folders shared with people that are git
/// repositories: the same sync as the journal's (commit under the writer's
/// lock, fetch, union merge, push; never forced, never through a shell),
/// with the user's own letters lock in place of the journal's.
public struct SharedFolderSync: Sendable {
    public let folder: SharedFolder
    /// Who the folder is shared with, as people.toml names them.
    public let people: [String]
    public let outcome: Result<SyncSummary, SyncError>

    /// The shared folders of `book` that are git repositories, each once.
    public static func repositories(in book: PeopleBook) -> [(folder: SharedFolder, people: [String])] {
        LetterShelf.folders(in: book).filter { JournalSync.isSetUp(directory: $0.folder.path) }
    }

    /// Syncs one folder; `me` names the lock the user's letters are written under.
    public static func sync(_ folder: SharedFolder, people: [String], me: String?,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> SharedFolderSync {
        let lock = me.map(LetterFileName.lock(for:)) ?? FileLock.fileName
        let outcome = Result { () throws(SyncError) -> SyncSummary in
            var sync = try JournalSync(directory: folder.path, environment: environment, lockFileName: lock)
            sync.joinsUnrelatedHistories = true
            return try sync.sync()
        }
        return SharedFolderSync(folder: folder, people: people, outcome: outcome)
    }

    private var with: String {
        people.map { SafeText.line($0) }.joined(separator: " and ")
    }

    /// "Shared with Ana: 1 new from Ana, 1 sent.", or why it stopped.
    public var text: String {
        let opening = "Shared with \(with) (\(SafeText.line(folder.written))): "
        switch outcome {
        case .failure(let error): return opening + error.description
        case .success(let summary):
            switch (summary.state, summary.received, summary.sent) {
            case (.local, _, _): return opening + "kept in git here; the folder has no remote to sync with yet."
            case (_, 0, 0): return opening + "nothing new either way."
            case (_, let received, 0): return opening + "\(received) new from \(with)."
            case (_, 0, let sent): return opening + "\(sent) sent."
            case (_, let received, let sent): return opening + "\(received) new from \(with), \(sent) sent."
            }
        }
    }

    public var succeeded: Bool {
        if case .success = outcome { return true }
        return false
    }

    /// Letters the other side had that this one did not.
    public var received: Int {
        if case .success(let summary) = outcome { return summary.received }
        return 0
    }

    /// One object for `tend sync --json`'s `shares` list.
    public var jsonValue: FieldValue {
        var object = JSONObject()
        object.add("folder", folder.path)
        object.members.append(.init("with", .array(people.map { .string($0) })))
        switch outcome {
        case .success(let summary):
            object.add("status", summary.state.rawValue)
            object.add("received", summary.received)
            object.add("sent", summary.sent)
        case .failure(let error):
            object.add("status", "failed")
            object.add("problem", error.code)
        }
        object.add("message", text)
        return .object(object)
    }
}
