import Foundation
import TendCore
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

    public init(root: any Screen, size: Size = Size(width: 80, height: 24), context: ScreenContext = Fixtures.context()) {
        state = AppState(root: root, context: context, size: size)
    }

    /// Builds the root from the context (screens that read the journal at start).
    public init(size: Size = Size(width: 80, height: 24), context: ScreenContext = Fixtures.context(),
                root: (ScreenContext) -> any Screen) {
        self.init(root: root(context), size: size, context: context)
    }

    /// Sends key presses, one event each.
    public mutating func press(_ keys: Key...) { for key in keys { send(.keyPressed(key)) } }

    /// Types text character by character.
    public mutating func type(_ text: String) { for c in text { send(.keyPressed(.character(c))) } }

    public mutating func resize(_ size: Size) { send(.resized(size)) }

    /// Moves both clocks on and delivers the tick.
    public mutating func advance(by seconds: Double) { send(.ticked(state.context.now.advanced(by: seconds))) }

    public mutating func send(_ event: Event) {
        var pending = [event]
        while !pending.isEmpty {
            for effect in state.update(pending.removeFirst()) {
                effects.append(effect)
                if case .loadHistory = effect { pending.append(.historyLoaded(history)); continue }
                if case .claimPrompt(let due) = effect {
                    pending.append(.promptClaimed(due, isOurs: !promptsTakenElsewhere))
                    continue
                }
                if let answers = answerSending(effect) { pending += answers; continue }
                guard case .save(let payload) = effect else { continue }
                if savesFail {
                    pending.append(.saveFailed(payload, message: "Not saved: the disk is full (test). Your words are still here."))
                } else {
                    let time = LocalTime(state.context.now.wall, in: state.context.calendar.timeZone)
                    let record = Record(payload, at: time)
                    saved.append(record)
                    pending.append(.recordSaved(record))
                }
            }
        }
    }

    /// The runtime's answers to sending and copying, nil for other effects.
    private mutating func answerSending(_ effect: Effect) -> [Event]? {
        switch effect {
        case .prepareSend(let record):
            guard case .appreciation(let a) = record.payload else { return [] }
            let journal = history + saved + state.context.data.journal.records
            let plan = SendPlan.make(for: record, contact: people.contact(for: a.person),
                                     isFirstToPerson: !SendHistory.hasSent(to: a.person, in: History(journal).records),
                                     options: state.context.data.config.sending, words: state.context.data.prompts.sending)
            return plan.map { [.sendPrepared($0)] } ?? []
        case .send(let plan):
            sentPlans.append(plan)
            let sendOutcome = sender?(plan) ?? self.sendOutcome
            guard let via = sendOutcome.via else { return [.sendFinished(SendReport(recordID: plan.message.recordID, outcome: sendOutcome))] }
            let time = LocalTime(state.context.now.wall, in: state.context.calendar.timeZone)
            let edit = Record(.edit(SentEdit.marking(plan.message.recordID, sent: time, via: via)), at: time)
            saved.append(edit)
            return [.recordSaved(edit), .sendFinished(SendReport(recordID: plan.message.recordID, outcome: sendOutcome, sentRecord: edit))]
        case .copyText(let text):
            copiedTexts.append(text)
            return [.textCopied(copyResult)]
        case .loadLetters:
            return [.lettersLoaded(letters ?? state.context.data.letters)]
        default:
            return nil
        }
    }

    /// The screen as plain text.
    public var screen: String {
        var canvas = Canvas(size: state.size)
        state.render(into: &canvas)
        return canvas.text
    }
}
