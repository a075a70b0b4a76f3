/// How one send went.
public enum SendOutcome: Hashable, Sendable {
    /// The person's command finished well.
    case sent(command: String)
    /// The mail program opened with the message, for the user to send.
    case emailOpened(tool: String)
    /// No way was set up, so the message went to the clipboard (or not).
    case clipboard(ClipboardResult)
    /// It went into the folder shared with them (`alreadyThere`: it was
    /// there from an earlier send, and nothing was added).
    case shared(folder: String, alreadyThere: Bool)
    /// It did not leave; the reason is safe to show.
    case failed(reason: String)

    /// What the journal records, or nil when the message did not leave
    /// (failed, or nothing could copy it).
    public var via: SentVia? {
        switch self {
        case .sent: return .command
        case .emailOpened: return .email
        case .shared: return .share
        case .clipboard(.unavailable), .failed: return nil
        case .clipboard: return .clipboard
        }
    }
}

/// A send's outcome as the runtime reports it back to the screen: the
/// appreciation it was for, how it went, and the `sent` edit that records
/// it (nil when nothing was recorded, with the reason in `journalProblem`
/// if the journal refused it).
public struct SendReport: Hashable, Sendable {
    public var recordID: RecordID
    public var outcome: SendOutcome
    public var sentRecord: Record?
    public var journalProblem: String?

    public init(recordID: RecordID, outcome: SendOutcome, sentRecord: Record? = nil, journalProblem: String? = nil) {
        self.recordID = recordID
        self.outcome = outcome
        self.sentRecord = sentRecord
        self.journalProblem = journalProblem
    }
}
