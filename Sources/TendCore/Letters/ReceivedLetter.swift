/// A letter found in a shared folder, written by someone else to the reader.
public struct ReceivedLetter: Hashable, Sendable {
    public var letter: Letter
    /// Who wrote it, as the reader's own people.toml names them ("From Sam").
    public var person: String
    /// The file it was read from.
    public var file: String
    /// Why a sealed letter is still sealed (no key, or age refused), if it is.
    public var sealedBecause: String?

    public init(letter: Letter, person: String, file: String, sealedBecause: String? = nil) {
        self.letter = letter
        self.person = person
        self.file = file
        self.sealedBecause = sealedBecause
    }

    public var id: RecordID { letter.id }

    /// Newest first: by the time it was put in the folder, then by id.
    public static func newestFirst(_ lhs: ReceivedLetter, _ rhs: ReceivedLetter) -> Bool {
        let left = lhs.letter.sent.secondsSince1970, right = rhs.letter.sent.secondsSince1970
        if left != right { return left > right }
        return lhs.id > rhs.id
    }
}
