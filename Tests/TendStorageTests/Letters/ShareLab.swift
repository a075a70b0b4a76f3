import Foundation
import TendCore
import TendStorage
import TendTestSupport

/// A temporary shared folder (0700) for letters tests, removed afterwards,
/// with a way to send into it as one person and read it as the other.
final class ShareLab {
    let root: URL
    let folder: SharedFolder

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tend-share-\(UUID().uuidString.prefix(8))")
        let path = root.appendingPathComponent("sam-and-ana").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        folder = SharedFolder(path: path, written: "~/Sync/sam-and-ana")
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var path: String { folder.path }

    func file(_ name: String) -> String { path + "/" + name }

    /// The book of someone who shares the folder with `other`.
    func book(sharingWith other: String, folder: SharedFolder? = nil) -> PeopleBook {
        PeopleBook([Contact(name: other, way: .share(folder ?? self.folder))])
    }

    /// `me` sends appreciation number `n` (its id is `RecordSamples.id(n)`) to `reader`.
    @discardableResult
    func send(_ n: Int, from me: String, to reader: String, text: String? = nil, minutes: Int = 0,
              folder: SharedFolder? = nil) throws(LetterPostError) -> LetterPost.Outcome {
        let message = OutgoingMessage(recordID: RecordSamples.id(n), person: reader, text: text ?? "letter \(n) from \(me)",
                                      invite: nil, date: "2026-11-23")
        return try LetterPost(folder: folder ?? self.folder, me: me).send(
            message, to: reader, written: RecordSamples.time(plusMinutes: minutes - 1), sent: RecordSamples.time(plusMinutes: minutes),
            age: AgeTool(environment: ProcessInfo.processInfo.environment))
    }

    /// What `me` reads in the folder shared with `other`.
    func read(as me: String, sharingWith other: String) -> LetterShelf.Reading {
        LetterShelf.read(book: book(sharingWith: other), me: me)
    }

    /// The file's modification time in nanoseconds, and its bytes.
    func stamp(_ name: String) -> (Int, [UInt8]) {
        var info = stat()
        guard stat(file(name), &info) == 0 else { return (-1, []) }
        return (Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec), Disk.bytes(file(name)))
    }
}
