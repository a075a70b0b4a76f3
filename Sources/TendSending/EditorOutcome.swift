/// How writing in the user's editor ended. Anything but `edited` leaves the
/// words typed before as they were.
public enum EditorOutcome: Hashable, Sendable {
    /// The file as the editor left it, line breaks kept, without the
    /// trailing newline editors add.
    case edited(String)
    /// No such program (the name as given).
    case notFound(String)
    /// It is there but would not start (the reason, from errno).
    case couldNotStart(program: String, reason: String)
    /// It exited with this status, or was ended by a signal (status nil).
    case failed(program: String, status: Int32?)
    /// The private file could not be made or read back (the reason, from errno).
    case fileTrouble(String)
}
