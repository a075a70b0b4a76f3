/// The reader's own note about a letter from a shared folder: that it was
/// read (`letter-read`) or put out of sight (`letter-hidden`). It lives in
/// the reader's journal, never in the writer's file; deleting the note
/// (a `delete` naming it) makes the letter unread, or shown, again.
public struct LetterMark: Hashable, Sendable {
    /// The letter's id (the appreciation's id in the writer's journal).
    public var letter: RecordID
    /// Who wrote it, as the reader's people.toml names them.
    public var from: String

    public init(letter: RecordID, from: String) {
        self.letter = letter
        self.from = from
    }
}
