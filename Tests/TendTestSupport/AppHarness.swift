import Foundation
import TendCore
import TendJournalFormat
import TendUI

/// Drives `AppState` with events and reads the screen back as text, the way
/// screen tests do: no terminal, no files, no real clock. Saves are answered
/// as the runtime would, into `saved`, or fail when `savesFail` is set.
public struct AppHarness {
    public var state: AppState
    /// Effects that went out to the runtime, in order.
    public private(set) var effects: [Effect] = []
    /// Records the app saved.
    public private(set) var saved: [Record] = []
    public var savesFail = false
    /// When true, another process has already offered every prompt.
    public var promptsTakenElsewhere = false
    /// What `loadHistory` answers with: the whole journal, oldest first.
    public var history: [Record] = []
    /// Who `prepareSend` finds a way for, as people.toml would say.
    public var people = PeopleBook()
    /// How every `send` goes, as the runtime would report it.
    public var sendOutcome: SendOutcome = .sent(command: "fake-send")
    /// When set, sends go through this instead (a real shared folder, say).
    public var sender: ((SendPlan) -> SendOutcome)?
    /// What `loadLetters` answers with; nil answers with the letters the app holds.
    public var letters: LetterBox?
    /// What every `copyText` achieves.
    public var copyResult: ClipboardResult = .copied(tool: "wl-copy")
    /// Plans `send` was asked to send, and texts `copyText` copied.
    public private(set) var sentPlans: [SendPlan] = []
    public private(set) var copiedTexts: [String] = []
    /// Changes asked of `[practices]` in config.toml, in order.
    public private(set) var practiceSettings: [PracticeSetting] = []
    private var practicesNow: PracticePreferences?
    /// How the editor answers `editText` (the words it opened on, in);
    /// nil: the effect goes unanswered.
    public var editor: ((String) -> EditResult)?

    public init(root: any Screen, size: Size = Size(width: 80, height: 24), context: ScreenContext = Fixtures.context()) {
        state = AppState(root: root, context: context, size: size)
    }

    /// Builds the root from the context (screens that read the journal at start).
    public init(size: Size = Size(width: 80, height: 24), context: ScreenContext = Fixtures.context(),
                root: (ScreenContext) -> any Screen) {
        self.init(root: root(context), size: size, context: context)
    }

    /// Opens on `route`, as the app and its subcommands do (`tend thanks` is `.thanks(endsApp: true)`).
    public init(route: Route, size: Size = Size(width: 80, height: 24), context: ScreenContext = Fixtures.context()) {
        self.init(root: ScreenFactory.make(route, context: context), size: size, context: context)
    }

    /// Sends key presses, one event each.
    public mutating func press(_ keys: Key...) { for key in keys { send(.keyPressed(key)) } }

    /// Types text character by character.
    public mutating func type(_ text: String) { for c in text { send(.keyPressed(.character(c))) } }

    public mutating func resize(_ size: Size) { send(.resized(size)) }

    /// Moves both clocks on and delivers the tick.
    public mutating func advance(by seconds: Double) { send(.ticked(state.context.now.advanced(by: seconds))) }

    /// Sends one event through the run loop's own dispatch (`Program.dispatch`),
    /// answering effects as the runtime would.
    public mutating func send(_ event: Event) {
        var state = self.state
        // The runtime's view while the event is handled: its clock, the data it started from.
        var context = state.context
        if case .ticked(let moment) = event { context.now = moment }
        Program.dispatch(event, to: &state) { effect in
            effects.append(effect)
            return answer(effect, context: context)
        }
        self.state = state
    }

    /// What the runtime would answer to `effect`.
    private mutating func answer(_ effect: Effect, context: ScreenContext) -> [Event] {
        switch effect {
        case .loadHistory: return [.historyLoaded(history)]
        case .claimPrompt(let due): return [.promptClaimed(due, isOurs: !promptsTakenElsewhere)]
        case .save(let payload, let tag):
            if savesFail {
                return [.saved(tag, .failure(SaveFailure("Not saved: the disk is full (test). Your words are still here.")))]
            }
            let time = LocalTime(context.now.wall, in: context.zone)
            let record = Record(payload, at: time)
            saved.append(record)
            return [.saved(tag, .success(record))]
        case .setPractice(let setting):
            // As config.toml would have it after the edit.
            let preferences = setting.applied(to: practicesNow ?? context.data.config.practices)
            practicesNow = preferences
            practiceSettings.append(setting)
            return [.practicesChanged(preferences)]
        default:
            return answerSending(effect, context: context) ?? []
        }
    }

    /// The runtime's answers to sending and copying, nil for other effects.
    private mutating func answerSending(_ effect: Effect, context: ScreenContext) -> [Event]? {
        switch effect {
        case .prepareSend(let record):
            if case .repair(let r) = record.payload {
                let plan = SendPlan.make(forRepair: record, contact: people.contact(for: r.who),
                                         subject: context.data.prompts.repairDraft.wordsSubject)
                return plan.map { [.sendPrepared($0)] } ?? []
            }
            guard case .appreciation(let a) = record.payload else { return [] }
            let journal = history + saved + context.data.journal.records
            let plan = SendPlan.make(for: record, contact: people.contact(for: a.person),
                                     isFirstToPerson: !SendHistory.hasSent(to: a.person, in: History(journal).records),
                                     options: context.data.config.sending, words: context.data.prompts.sending)
            return plan.map { [.sendPrepared($0)] } ?? []
        case .send(let plan):
            sentPlans.append(plan)
            let sendOutcome = sender?(plan) ?? self.sendOutcome
            guard let via = sendOutcome.via else { return [.sendFinished(SendReport(recordID: plan.message.recordID, outcome: sendOutcome))] }
            let time = LocalTime(context.now.wall, in: context.zone)
            let edit = Record(.edit(SentEdit.marking(plan.message.recordID, sent: time, via: via)), at: time)
            saved.append(edit)
            return [.saved(.sent, .success(edit)), .sendFinished(SendReport(recordID: plan.message.recordID, outcome: sendOutcome, sentRecord: edit))]
        case .copyText(let text):
            copiedTexts.append(text)
            return [.textCopied(copyResult)]
        case .loadLetters:
            return [.lettersLoaded(letters ?? state.context.data.letters)]
        case .editText(let request):
            return editor.map { [.textEdited(request, $0(request.text))] } ?? []
        default:
            return nil
        }
    }

    /// What a snapshot file holds: the screen as text, then a styles
    /// section saying which cells are bold, dim, reversed or coloured.
    public var snapshot: String {
        var canvas = Canvas(size: state.size)
        state.render(into: &canvas)
        return canvas.text + "\n--- styles\n" + canvas.styleSection
    }

    /// The screen as plain text.
    public var screen: String {
        var canvas = Canvas(size: state.size)
        state.render(into: &canvas)
        return canvas.text
    }
}
