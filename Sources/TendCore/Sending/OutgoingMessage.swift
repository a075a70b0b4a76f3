/// The words that leave for the person: the sentence and, on the first send
/// to them, the invitation line (or a repair's words, which never carry one). What the placeholders of a send command
/// are filled with.
public struct OutgoingMessage: Hashable, Sendable {
    /// The appreciation (or repair) this came from.
    public var recordID: RecordID
    /// The name the appreciation is about, as it was written.
    public var person: String
    /// The sentence as it will leave: the journal's, unless edited for this
    /// one send (the journal keeps its own).
    public var text: String
    /// The invitation line, or nil.
    public var invite: String?
    /// The day the appreciation was written, `2026-11-23`.
    public var date: String
    /// An email's subject when it is not the appreciation's own (a repair's words).
    public var subject: String?
    /// When it was written, to the second (a letter in a shared folder keeps it).
    public var written: LocalTime?

    public init(recordID: RecordID, person: String, text: String, invite: String?, date: String, subject: String? = nil,
                written: LocalTime? = nil) {
        self.recordID = recordID
        self.person = person
        self.text = text
        self.invite = invite
        self.date = date
        self.subject = subject
        self.written = written
    }

    /// The whole message: the sentence, then a blank line and the invite when there is one.
    public var message: String {
        guard let invite, !invite.isEmpty else { return text }
        return text + "\n\n" + invite
    }
}
