/// How a due prompt reaches the user outside the app (`[reminders]`).
public struct ReminderOptions: Hashable, Sendable {
    /// The program to run and its first arguments, as argv (never through a
    /// shell); it gets the title and the message as two more arguments.
    /// Empty means notify-send when it is installed, else the terminal bell
    /// and a line of text.
    public var notifyCommand: [String]

    public init(notifyCommand: [String] = []) { self.notifyCommand = notifyCommand }
}
