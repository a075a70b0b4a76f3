/// Everything about one send, worked out before anything leaves, so the
/// screen can show exactly what will go, and how.
public struct SendPlan: Hashable, Sendable {
    public var message: OutgoingMessage
    /// How the person is reached; nil when people.toml has no way for them
    /// (then the message goes to the clipboard).
    public var contact: Contact?
    /// When it was sent before, for a resend.
    public var previouslySent: LocalTime?
    /// Things worth saying before sending, such as a mistake in people.toml.
    public var notes: [String]

    public init(message: OutgoingMessage, contact: Contact?, previouslySent: LocalTime? = nil, notes: [String] = []) {
        self.message = message
        self.contact = contact
        self.previouslySent = previouslySent
        self.notes = notes
    }

    /// What the journal records if it leaves.
    public var via: SentVia { contact?.way.via ?? .clipboard }

    /// The message for `record` (an appreciation) to `contact`. The invite
    /// is added only when `isFirstToPerson`, and as `options` say.
    public static func make(for record: Record, contact: Contact?, isFirstToPerson: Bool, options: SendingOptions,
                            words: SendingWords, notes: [String] = []) -> SendPlan? {
        guard case .appreciation(let appreciation) = record.payload else { return nil }
        var invite: String?
        // Someone reached through a shared folder uses Tend already; and the
        // invitation is to the evening ritual, so a thank-you that opened a meeting goes without it.
        let isShared = if case .share? = contact?.way { true } else { false }
        if isFirstToPerson, appreciation.sent == nil, !isShared, appreciation.meeting == nil {
            switch options.invite {
            case .standard: invite = words.invite
            case .off: invite = nil
            case .custom(let text): invite = text
            }
        }
        let message = OutgoingMessage(recordID: record.id, person: appreciation.person, text: appreciation.text,
                                      invite: invite, date: record.time.local.dayString, written: record.time)
        return SendPlan(message: message, contact: contact, previouslySent: appreciation.sent, notes: notes)
    }

    /// The message for a repair's words, to the person it was with: the
    /// words alone (an invitation has no place after a rough moment), with
    /// their own email subject. Nil when the repair kept no words.
    public static func make(forRepair record: Record, contact: Contact?, subject: String, notes: [String] = []) -> SendPlan? {
        guard case .repair(let repair) = record.payload, let words = repair.words,
              !words.trimmed().isEmpty else { return nil }
        let message = OutgoingMessage(recordID: record.id, person: repair.who, text: words, invite: nil,
                                      date: record.time.local.dayString, subject: subject, written: record.time)
        return SendPlan(message: message, contact: contact, previouslySent: repair.sent, notes: notes)
    }
}
