/// How a due prompt reaches the user outside the app (`[reminders]`).
public struct ReminderOptions: Hashable, Sendable {
    /// A shell command to run with the message; empty means notify-send when
    /// it is installed, else the terminal bell and a line of text.
    public var notifyCommand: String

    public init(notifyCommand: String = "") { self.notifyCommand = notifyCommand }
}
