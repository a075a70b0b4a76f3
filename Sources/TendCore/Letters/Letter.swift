import Foundation

/// One appreciation as it sits in a shared folder: a line of
/// `<folder>/<name>.jsonl`, written by the person named in `from` for the
/// one they share the folder with. See "Letters" in FORMAT.md.
///
/// The id is the appreciation's own id in the writer's journal, so sending
/// it again finds it there and adds nothing, and the reader can keep its
/// own record of having read it by that id.
public struct Letter: Hashable, Sendable {
    /// The version of the letter line this build writes and the highest it reads.
    public static let formatVersion = 1
    /// The `kind` every letter line carries.
    public static let kind = "letter"
    /// The largest line a letters file may hold (as the journal's records).
    public static let maxLineBytes = 256 * 1024

    /// The words: plain, or sealed with `age` for the reader's key alone.
    public enum Body: Hashable, Sendable {
        case text(String)
        /// An ASCII-armoured age file; only `age -d` with the reader's identity opens it.
        case sealed(String)
    }

    public var id: RecordID
    /// When the appreciation was written, in the writer's local time.
    public var written: LocalTime
    /// The writer, as their `[me] name` says.
    public var from: String
    /// The reader, as the writer's people.toml names them.
    public var to: String
    public var body: Body
    /// When it was put in the folder.
    public var sent: LocalTime

    public init(id: RecordID, written: LocalTime, from: String, to: String, body: Body, sent: LocalTime) {
        self.id = id
        self.written = written
        self.from = from
        self.to = to
        self.body = body
        self.sent = sent
    }

    /// The words when they are plain, nil while sealed.
    public var text: String? {
        if case .text(let text) = body { return text }
        return nil
    }
}
