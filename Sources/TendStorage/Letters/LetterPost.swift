import Foundation
import TendCore
import TendJournalFormat

/// Sending through a shared folder: the letter is appended to the writer's
/// own file there, `<folder>/<me>.jsonl`, and to no other. Each writer has
/// a lock of their own (`.<me>.lock`), and the append is the journal's:
/// `O_APPEND|O_NOFOLLOW`, mode 0600, one `write`, `fsync`, cut back on
/// error. A letter whose id is in the file already is not added again, so
/// sending the same appreciation twice leaves one letter.
public struct LetterPost: Sendable {
    public enum Outcome: Hashable, Sendable {
        case added
        /// The file held this letter already; nothing was written.
        case alreadyThere
    }

    public let folder: SharedFolder
    /// The writer's `[me] name`, already checked by the config parser.
    public let me: String

    public init(folder: SharedFolder, me: String) {
        self.folder = folder
        self.me = me
    }

    /// The writer's file in the folder.
    public var filePath: String { folder.path + "/" + LetterFileName.file(for: me) }
    var lockPath: String { folder.path + "/" + LetterFileName.lock(for: me) }

    /// Puts `message` in the folder as a letter to `reader` (the name the
    /// writer's people.toml gives them), sealed with age when the folder
    /// says so. `written` is when the appreciation was written, `sent` now.
    public func send(_ message: OutgoingMessage, to reader: String, written: LocalTime, sent: LocalTime,
                     age: AgeTool) throws(LetterPostError) -> Outcome {
        if let reason = LetterFileName.problem(with: me) { throw .badName(me, reason) }
        guard POSIX.isFolder(folder.path) else {
            throw POSIX.entry(at: folder.path) == .missing ? .folderMissing(folder.written) : .notAFolder(folder.written)
        }
        do throws(StorageError) {
            // Looked for once before sealing (a resend spawns nothing), and again under the lock.
            if try holds(message.recordID) { return .alreadyThere }
        } catch {
            throw .storage(error)
        }
        var body = Letter.Body.text(message.message)
        if let recipient = folder.ageRecipient {
            do throws(AgeFailure) {
                body = .sealed(try age.seal(message.message, for: recipient))
            } catch {
                throw .sealFailed(error.reason)
            }
        }
        let letter = Letter(id: message.recordID, written: written, from: me, to: reader, body: body, sent: sent)
        let line = letter.jsonLine
        var result = Outcome.added
        do throws(StorageError) {
            guard line.count + 1 <= Letter.maxLineBytes else {
                throw StorageError.recordTooLarge(bytes: line.count + 1, limit: Letter.maxLineBytes)
            }
            try FileLock.withLock(at: lockPath) { () throws(StorageError) in
                if try holds(message.recordID) {
                    result = .alreadyThere
                } else {
                    try JournalAppender.append(line: line, to: filePath, folder: folder.path)
                }
            }
        } catch {
            throw .storage(error)
        }
        return result
    }

    /// True when the writer's file already has a line with `id`. Lines
    /// this build can't read as letters still count by their id.
    func holds(_ id: RecordID) throws(StorageError) -> Bool {
        let bytes: [UInt8]
        do {
            bytes = try POSIX.readAll(filePath, limit: LetterShelf.fileLimit)
        } catch {
            if case .notFound = error { return false }
            throw error
        }
        let wanted = id.rawValue
        for line in bytes.split(separator: 0x0A) {
            guard let object = try? JSONLineParser.parseObject(line), case .string(let found)? = object["id"] else { continue }
            if found == wanted { return true }
        }
        return false
    }
}

/// Why a letter did not go into the shared folder. The journal is untouched
/// and the appreciation stays there, not sent.
public enum LetterPostError: Error, Hashable, Sendable, CustomStringConvertible {
    case folderMissing(String)
    case notAFolder(String)
    case badName(String, String)
    case sealFailed(String)
    case storage(StorageError)

    public var description: String {
        switch self {
        case .folderMissing(let folder):
            return "\(SafeText.line(folder)) isn't there. Check the path in people.toml, or that Syncthing (or git) has set the folder up."
        case .notAFolder(let folder):
            return "\(SafeText.line(folder)) isn't a folder. share in people.toml needs the folder you both sync."
        case .badName(let name, let reason):
            return "\"\(SafeText.line(name))\" can't name your file in a shared folder: \(reason). Change [me] name in config.toml."
        case .sealFailed(let reason):
            return "it couldn't be sealed with age: \(reason). Nothing went into the folder."
        case .storage(let error):
            return error.description
        }
    }
}
