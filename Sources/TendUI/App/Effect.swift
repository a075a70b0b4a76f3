import TendCore
import TendScheduler

/// A request, as data. Navigation is handled inside `AppState.update`; the
/// rest goes out to the runtime, the only code that touches files, the clock
/// or the terminal.
public enum Effect: Hashable, Sendable {
    /// Opens a screen on top of the current one (built by `ScreenFactory`).
    case push(Route)
    /// Closes the current screen.
    case pop
    /// Replaces the current screen.
    case replace(Route)
    /// Ends the program with this exit status.
    case quit(status: Int32)
    /// Shows a short note above the footer.
    case report(Report)
    /// Rings the terminal bell.
    case bell
    /// Puts text on the clipboard.
    case copy(String)
    /// Appends a record to the journal; answered by `saved(tag, result)`.
    case save(Payload, tag: SaveTag)
    /// Records in storage that a prompt is being offered; answered by `promptClaimed`.
    case claimPrompt(DuePrompt)
    /// Reads the whole journal (edits applied); answered by `historyLoaded`.
    case loadHistory
    /// Writes the words of an unfinished ritual to its draft file, over the last version.
    case keepDraft(Draft)
    /// Removes a draft file: its entry was saved, or the user let it go.
    case dropDraft(id: String)
    /// A quiet line for the shell once the screen has closed (rituals started from the shell).
    case leaveWord(String)
    /// Works out how a saved appreciation would be sent (people.toml, the
    /// invite); answered by `sendPrepared`.
    case prepareSend(Record)
    /// Sends it and records that it left; answered by `saved(.sent, …)` (the
    /// `sent` edit, when one was made) and then `sendFinished`.
    case send(SendPlan)
    /// Copies text through the clipboard chain; answered by `textCopied`.
    case copyText(String)
    /// Reads the shared folders again, with the whole journal's notes on
    /// them and sealed letters opened; answered by `lettersLoaded`.
    case loadLetters
    /// Changes `[practices] hidden` or `mine` in config.toml; answered by
    /// `practicesChanged`, or a report when the file could not be changed.
    case setPractice(PracticeSetting)
    /// Opens the user's editor on a field's words, the terminal handed over
    /// meanwhile; answered by `textEdited`.
    case editText(EditRequest)
}
