import TendCore
import TendJournalFormat
import TendScheduler

/// Something that happened. The run loop turns terminal input, the clock
/// and the results of effects into events; `AppState.update` reacts to them.
public enum Event: Sendable {
    case keyPressed(Key)
    case resized(Size)
    /// The clock moved on (an animation frame or the minute changed).
    case ticked(Moment)
    /// An effect finished with a note for the user (saved, copied, failed…).
    case effectReported(Report)
    /// The answer to `.save(payload, tag:)`: the record as written, or why
    /// it was not (the message says why and where).
    case saved(SaveTag, SaveResult)
    /// Storage answered a claim: `isOurs` is false when another process
    /// (`tend remind`, a second window) had already offered it.
    case promptClaimed(DuePrompt, isOurs: Bool)
    /// The whole journal, as `loadHistory` asked: live records, oldest first.
    case historyLoaded([Record])
    /// The journal changed outside the app (a sync brought entries from
    /// another device): the recent part read again, and the prompts offered.
    case journalReloaded(RecentJournal, fired: Set<Firing>)
    /// How an appreciation would be sent, as `prepareSend` asked.
    case sendPrepared(SendPlan)
    /// A send ended, as `send` asked.
    case sendFinished(SendReport)
    /// What copying achieved, as `copyText` asked.
    case textCopied(ClipboardResult)
    /// The letters in the shared folders, as `loadLetters` asked (or as a
    /// sync brought them).
    case lettersLoaded(LetterBox)
    /// The practice settings as config.toml now has them, as `setPractice` asked.
    case practicesChanged(PracticePreferences)
    /// The editor closed, as `editText` asked: the words it left, or why the
    /// field keeps the ones it had.
    case textEdited(EditRequest, EditResult)
}

/// The outcome of an effect, as the user should hear about it.
public struct Report: Hashable, Sendable {
    public enum Tone: Hashable, Sendable { case calm, problem }
    public var text: String
    public var tone: Tone
    public init(_ text: String, tone: Tone = .calm) { self.text = text; self.tone = tone }
}
