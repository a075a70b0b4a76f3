/// Words handed to the user's own editor (`$VISUAL`, `$EDITOR`) to write at
/// length: `.editText(request)` is answered by `.textEdited(request, result)`,
/// so the field that asked takes the text back. The screen never starts the
/// editor; the runtime hands the terminal over and back around it.
public struct EditRequest: Hashable, Sendable {
    /// Names the field that asked, within the screen on top.
    public var field: String
    /// The words as they stand, which the editor opens on.
    public var text: String

    public init(field: String, text: String) { self.field = field; self.text = text }
}

/// Why the editor's words did not come back, in words for the user; the
/// field keeps what was typed before.
public struct EditFailure: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The words as the editor left them, or why the old ones stay.
public typealias EditResult = Result<String, EditFailure>
