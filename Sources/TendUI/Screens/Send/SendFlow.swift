import TendCore

/// Offering to send one saved appreciation (or a repair's words) to the
/// person it is about, as a component the bedtime screen, browse, the
/// meeting's thank-you and the repair host: the exact message as
/// it will leave, then Enter sends, `e` changes the words for this one send
/// (the journal keeps its own), `i` leaves out the invitation, Esc keeps it
/// private. A resend asks first. A failed send keeps the appreciation saved
/// and not sent, with the reason on screen.
///
/// Sending is the runtime's: the flow asks with effects (`prepareSend`,
/// `send`) and hears back through events, so nothing here starts a program.
struct SendFlow: Hashable, Sendable {
    enum Step: Hashable, Sendable {
        case askingResend
        case preparing
        case offering
        case editing(LineEditor)
        /// Drawn once as "Sending…", then the send goes out on the next tick.
        case waitingToSend
        case sending
        case failed(String)
        /// Nothing could copy it: shown plainly, for the mouse.
        case showingPlainly
        case marking
        case finished(Report)
    }

    let record: Record
    /// Marking it sent by hand, once passed on from the screen.
    static let markTag: SaveTag = "send.marked"
    private(set) var step: Step
    private(set) var plan: SendPlan?
    /// The invitation as prepared, so `i` can bring it back.
    private var preparedInvite: String?

    /// Starts with `record`, an appreciation (or a repair with words). Call `start()` for the first effects.
    init(record: Record) {
        self.record = record
        step = SendFlow.sentBefore(record) != nil ? .askingResend : .preparing
    }

    var name: String { SafeText.line(record.payload.person ?? "") }

    /// The words as the journal keeps them: the sentence, or a repair's words.
    var text: String {
        switch record.payload {
        case .appreciation(let a): return a.text
        case .repair(let r): return r.words ?? ""
        default: return ""
        }
    }

    /// When it was sent before, if it was.
    var previouslySent: LocalTime? { SendFlow.sentBefore(record) }

    private static func sentBefore(_ record: Record) -> LocalTime? {
        switch record.payload {
        case .appreciation(let a): return a.sent
        case .repair(let r): return r.sent
        default: return nil
        }
    }

    /// The effects that set it going.
    func start() -> [Effect] {
        if case .preparing = step { return [.prepareSend(record)] }
        return []
    }

    /// What to say once it is over; nil while it goes on.
    var closing: Report? {
        if case .finished(let report) = step { return report }
        return nil
    }

    var isFinished: Bool { closing != nil }

    /// True once the user chose to send (or marked it sent): the closing words then say how it went.
    private(set) var hasTried = false

    var isTakingText: Bool {
        if case .editing = step { return true }
        return false
    }

    func nextFrame(after now: Moment) -> Moment? {
        if case .waitingToSend = step { return now }
        return nil
    }

    // MARK: Keys

    enum Intent: Sendable { case send, edit, toggleInvite, keep, accept, cancel, again, notAgain, markSent }

    var keys: KeyMap<Intent> {
        switch step {
        case .askingResend:
            return KeyMap([
                KeyBinding([.character("y"), .enter], "y", "send it again", .again, footer: "send again"),
                KeyBinding([.character("n"), .escape], "n", "leave it", .notAgain, footer: "no"),
            ])
        case .offering:
            var bindings = [
                KeyBinding<Intent>([.enter], "Enter", "send it", .send, footer: "send"),
                KeyBinding([.character("e")], "e", "change the words for this one send", .edit, footer: "edit"),
            ]
            if preparedInvite != nil {
                let included = plan?.message.invite != nil
                bindings.append(KeyBinding([.character("i")], "i", included ? "leave out the invitation" : "add the invitation",
                                           .toggleInvite, footer: included ? "no invite" : "invite"))
            }
            bindings.append(KeyBinding([.escape], "Esc", "keep it private", .keep, footer: "keep private"))
            return KeyMap(bindings)
        case .editing:
            return KeyMap([
                KeyBinding([.enter], "Enter", "use these words", .accept, footer: "done"),
                KeyBinding([.escape], "Esc", "go back to the words as they were", .cancel, footer: "cancel"),
            ])
        case .failed:
            return KeyMap([
                KeyBinding([.enter], "Enter", "try again", .send, footer: "try again"),
                KeyBinding([.character("e")], "e", "change the words, then try again", .edit),
                KeyBinding([.escape], "Esc", "leave it not sent (browse's s tries later)", .keep, footer: "leave it"),
            ])
        case .showingPlainly:
            return KeyMap([
                KeyBinding([.enter], "Enter", "mark it as sent, once you have passed it on", .markSent, footer: "mark sent"),
                KeyBinding([.escape], "Esc", "leave it not sent", .keep, footer: "leave it"),
            ])
        case .preparing:
            return KeyMap([KeyBinding([.escape], "Esc", "keep it private", .keep, footer: "keep private")])
        case .waitingToSend, .sending, .marking, .finished:
            return KeyMap([])
        }
    }

    var keyHelp: ScreenKeys {
        var help = keys.keyHelp
        if isTakingText { help.all += [KeyHelp("Ctrl-A/E", "start or end of line"), KeyHelp("Ctrl-W", "delete a word")] }
        return help
    }

    // MARK: Update

    mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        let words = context.data.prompts.sending
        switch event {
        case .keyPressed(let key):
            return handle(key, words: words, now: context.localNow)
        case .sendPrepared(let prepared) where prepared.message.recordID == record.id:
            guard case .preparing = step else { return [] }
            plan = prepared
            preparedInvite = prepared.message.invite
            step = .offering
        case .ticked:
            guard case .waitingToSend = step, let plan else { return [] }
            step = .sending
            return [.send(plan)]
        case .sendFinished(let report) where report.recordID == record.id:
            guard case .sending = step else { return [] }
            finishSending(report, words: words)
        case .saved(Self.markTag, let result):
            guard case .marking = step else { return [] }
            switch result {
            case .success: step = .finished(Report(SendingWords.fill(words.sent, ["name": name])))
            case .failure(let failure): step = .failed(failure.message)
            }
        default:
            break
        }
        return []
    }

    private mutating func handle(_ key: Key, words: SendingWords, now: LocalTime) -> [Effect] {
        guard let intent = keys.intent(for: key) else {
            guard case .editing(var field) = step else { return [] }
            if case .refused = field.handle(key) { return [.bell] }
            step = .editing(field)
            return []
        }
        switch intent {
        case .again:
            step = .preparing
            return start()
        case .notAgain:
            step = .finished(Report("Left as it was."))
        case .send:
            guard plan != nil else { return [] }
            hasTried = true
            step = .waitingToSend
        case .edit:
            guard let plan else { return [] }
            step = .editing(LineEditor(plan.message.text, limit: 4000))
        case .accept:
            guard case .editing(let field) = step else { return [] }
            let text = field.text.trimmed()
            if !text.isEmpty { plan?.message.text = text }
            step = .offering
        case .cancel:
            step = .offering
        case .toggleInvite:
            guard var changed = plan else { return [] }
            changed.message.invite = changed.message.invite == nil ? preparedInvite : nil
            plan = changed
        case .keep:
            if case .failed = step {
                step = .finished(Report(words.failed, tone: .problem))
            } else if case .showingPlainly = step {
                step = .finished(Report(words.failed, tone: .problem))
            } else {
                step = .finished(Report(words.kept))
            }
        case .markSent:
            hasTried = true
            step = .marking
            return [.save(.edit(SentEdit.marking(record.id, sent: now, via: .clipboard)), tag: Self.markTag)]
        }
        return []
    }

    private mutating func finishSending(_ report: SendReport, words: SendingWords) {
        let said: Report
        switch report.outcome {
        case .sent: said = Report(SendingWords.fill(words.sent, ["name": name]))
        case .emailOpened: said = Report(words.emailOpened)
        case .shared(_, let alreadyThere):
            said = Report(SendingWords.fill(alreadyThere ? words.alreadyShared : words.shared, ["name": name]))
        case .clipboard(.unavailable):
            step = .showingPlainly
            return
        case .clipboard(let result): said = Report(words.words(for: result, name: name))
        case .failed(let reason):
            step = .failed(reason)
            return
        }
        if let problem = report.journalProblem {
            step = .finished(Report("\(said.text) \(problem)", tone: .problem))
        } else {
            step = .finished(said)
        }
    }
}
