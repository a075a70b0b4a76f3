/// The letters written to the user, with what the user's own journal says
/// about each: read or not, hidden or not. The letters come from the shared
/// folders; the notes are `letter-read` and `letter-hidden` records, and a
/// delete of such a note takes it back.
public struct LetterBox: Hashable, Sendable {
    /// Whether letters can come at all.
    public enum Setup: Hashable, Sendable {
        /// No one in people.toml has a `share` folder.
        case noFolder
        /// A folder is shared, but config.toml has no `[me] name` to tell ours from theirs.
        case needsName
        case ready
    }

    public var setup: Setup
    /// Newest first.
    public private(set) var letters: [ReceivedLetter]
    /// Letter id → the id of the record that says it was read.
    public private(set) var readBy: [RecordID: RecordID] = [:]
    /// Letter id → the id of the record that hid it.
    public private(set) var hiddenBy: [RecordID: RecordID] = [:]
    /// The notes are known only for records from this moment on (the app
    /// holds recent months): a letter put in the folder before it, with no
    /// note, is taken as read rather than announced again. Nil: all known.
    public private(set) var notesKnownSince: Int64?

    /// `letters` with the notes found among `records` (live records, edits
    /// and deletes applied), known from `notesKnownSince` on.
    public init(letters: [ReceivedLetter] = [], records: some Sequence<Record> = [Record](), notesKnownSince: Int64? = nil,
                setup: Setup = .ready) {
        self.setup = setup
        self.letters = letters.sorted(by: ReceivedLetter.newestFirst)
        self.notesKnownSince = notesKnownSince
        for record in records { note(record) }
    }

    public var isEmpty: Bool { letters.isEmpty }

    public func isRead(_ letter: ReceivedLetter) -> Bool {
        if readBy[letter.id] != nil { return true }
        guard let since = notesKnownSince else { return false }
        return letter.letter.sent.secondsSince1970 < since
    }

    public func isHidden(_ letter: ReceivedLetter) -> Bool { hiddenBy[letter.id] != nil }

    /// Letters not read yet and not hidden, newest first.
    public var unread: [ReceivedLetter] { letters.filter { !isRead($0) && !isHidden($0) } }

    /// Letters not hidden, newest first.
    public var shown: [ReceivedLetter] { letters.filter { !isHidden($0) } }

    /// The writers of unread letters, each once, newest first: for home's line.
    public var unreadWriters: [String] {
        var seen = Set<String>(), names: [String] = []
        for letter in unread where seen.insert(PersonName.key(letter.person)).inserted { names.append(letter.person) }
        return names
    }

    public func letter(id: RecordID) -> ReceivedLetter? { letters.first { $0.id == id } }

    /// Takes in a record as it is saved: a note about a letter, or a delete
    /// that takes one back. Anything else changes nothing.
    public mutating func note(_ record: Record) {
        switch record.payload {
        case .letterRead(let mark): readBy[mark.letter] = record.id
        case .letterHidden(let mark): hiddenBy[mark.letter] = record.id
        case .delete(let delete):
            if let letter = readBy.first(where: { $0.value == delete.target })?.key { readBy[letter] = nil }
            if let letter = hiddenBy.first(where: { $0.value == delete.target })?.key { hiddenBy[letter] = nil }
        default: break
        }
    }

    /// The same notes over freshly read letters (the folder changed).
    public mutating func replaceLetters(_ newLetters: [ReceivedLetter]) {
        letters = newLetters.sorted(by: ReceivedLetter.newestFirst)
    }

    /// The note that marks `letter` read, to save; nil when it already is.
    public func readNote(for letter: ReceivedLetter) -> Payload? {
        readBy[letter.id] == nil ? .letterRead(LetterMark(letter: letter.id, from: letter.person)) : nil
    }

    /// What hides `letter`, or (when it is hidden) the delete that shows it again.
    public func hideToggle(for letter: ReceivedLetter) -> Payload {
        if let note = hiddenBy[letter.id] { return .delete(Delete(target: note)) }
        return .letterHidden(LetterMark(letter: letter.id, from: letter.person))
    }
}
