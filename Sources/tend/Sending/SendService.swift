import Foundation
import TendCore
import TendSending
import TendStorage

/// Sending as the app and the commands both do it: the plan for a saved
/// appreciation (people.toml read fresh, its example written on first use,
/// the invite on the first send to a person), then the send, then the
/// `sent` edit in the journal when something left.
struct SendService {
    /// `TEND_SEND_TIMEOUT` (seconds) shortens or lengthens the 20-second limit.
    static let timeLimitVariable = "TEND_SEND_TIMEOUT"

    let journal: Journal
    let people: PeopleFile
    let options: SendingOptions
    /// `[me]`: the name what goes into a shared folder is signed with.
    let me: MeOptions
    /// config.toml, for the message when `[me] name` is missing.
    let configPath: String
    let words: SendingWords
    /// The email subject of a repair's words.
    let repairSubject: String
    let environment: [String: String]
    /// Asks the terminal to copy (OSC 52); false when there is none to ask.
    let askTerminal: (String) -> Bool
    /// Now, for the time in the `sent` edit.
    let now: () -> Date

    init(paths: StoragePaths, options: SendingOptions, me: MeOptions = MeOptions(), words: SendingWords = PromptLibrary.builtIn.sending,
         repairSubject: String = PromptLibrary.builtIn.repairDraft.wordsSubject,
         environment: [String: String] = ProcessInfo.processInfo.environment,
         askTerminal: @escaping (String) -> Bool, now: @escaping () -> Date) {
        journal = Journal(paths: paths)
        people = PeopleFile(paths: paths)
        self.options = options
        self.me = me
        configPath = paths.configFile.path
        self.words = words
        self.repairSubject = repairSubject
        self.environment = environment
        self.askTerminal = askTerminal
        self.now = now
    }

    /// The time limit for a send command: 20 seconds unless the environment says otherwise.
    var timeLimit: Double {
        guard let text = environment[Self.timeLimitVariable], let seconds = Double(text), seconds > 0, seconds <= 600 else {
            return MessageSender.defaultTimeLimit
        }
        return seconds
    }

    /// The plan for `record` as it stands in `history` (so a send made
    /// elsewhere meanwhile counts). Nil when it is not an appreciation or a
    /// repair with words.
    func plan(for record: Record, history: [Record]) -> SendPlan? {
        let current = history.first { $0.id == record.id } ?? record
        if case .repair(let repair) = current.payload {
            let (contact, notes) = contact(for: repair.who)
            return SendPlan.make(forRepair: current, contact: contact, subject: repairSubject, notes: notes)
        }
        guard case .appreciation(let appreciation) = current.payload else { return nil }
        let (contact, notes) = contact(for: appreciation.person)
        let isFirst = !SendHistory.hasSent(to: appreciation.person, in: history)
        return SendPlan.make(for: current, contact: contact, isFirstToPerson: isFirst,
                             options: options, words: words, notes: notes)
    }

    /// How `person` is reached (people.toml, made with an example the first
    /// time), and what to know first: that file's problems about them, and
    /// a shared folder's notes.
    private func contact(for person: String) -> (Contact?, notes: [String]) {
        let loaded = people.loadCreatingExample()
        var notes = loaded.problems.filter { Self.concerns($0, person) }.map(\.description)
        let contact = loaded.book.contact(for: person)
        if case .share(let folder)? = contact?.way { notes += shareNotes(folder) }
        return (contact, notes)
    }

    /// What to know before sending through a shared folder: a missing
    /// `[me] name`, a folder that is not there, one that others can open
    /// (said once, here, before each send), a message sealed with age.
    func shareNotes(_ folder: SharedFolder) -> [String] {
        var notes: [String] = []
        if me.name == nil { notes.append(SendingWords.fill(words.needsName, ["config": configPath])) }
        if !SharedFolderCheck.isFolder(folder.path) {
            notes.append(LetterPostError.folderMissing(folder.written).description)
        } else if let mode = SharedFolderCheck.looseMode(of: folder.path) {
            notes.append(SendingWords.fill(words.looseFolder, ["folder": SafeText.line(folder.written), "mode": mode]))
        }
        if folder.ageRecipient != nil { notes.append(words.sealedNote) }
        return notes
    }

    /// Sends, and records it when it left.
    func send(_ plan: SendPlan) -> SendReport {
        if case .share(let folder)? = plan.contact?.way { return share(plan, through: folder) }
        let clipboard = Clipboard(environment: environment, askTerminal: askTerminal)
        let sender = MessageSender(environment: environment, timeLimit: timeLimit, clipboard: clipboard,
                                   subject: plan.message.subject ?? words.subject)
        let outcome = sender.send(plan)
        guard let via = outcome.via else { return SendReport(recordID: plan.message.recordID, outcome: outcome) }
        return record(via, for: plan.message.recordID, outcome: outcome)
    }

    /// Puts the letter in the shared folder, and records it as sent (once:
    /// a resend that finds it there already adds nothing anywhere).
    private func share(_ plan: SendPlan, through folder: SharedFolder) -> SendReport {
        let id = plan.message.recordID
        guard let name = me.name else {
            return SendReport(recordID: id, outcome: .failed(reason: SendingWords.fill(words.needsName, ["config": configPath])))
        }
        let post = LetterPost(folder: folder, me: name)
        let sent = LocalTime(now(), in: .current)
        let outcome: SendOutcome
        do {
            let result = try post.send(plan.message, to: plan.contact?.name ?? plan.message.person,
                                       written: plan.message.written ?? sent, sent: sent, age: AgeTool(environment: environment))
            outcome = .shared(folder: folder.written, alreadyThere: result == .alreadyThere)
            if result == .alreadyThere, plan.previouslySent != nil { return SendReport(recordID: id, outcome: outcome) }
        } catch {
            return SendReport(recordID: id, outcome: .failed(reason: error.description))
        }
        return record(.share, for: id, outcome: outcome)
    }

    /// Appends the `sent` edit.
    func record(_ via: SentVia, for id: RecordID, outcome: SendOutcome) -> SendReport {
        let date = now()
        do {
            let edit = try journal.append(.edit(SentEdit.marking(id, sent: LocalTime(date, in: .current), via: via)), at: date)
            return SendReport(recordID: id, outcome: outcome, sentRecord: edit)
        } catch {
            return SendReport(recordID: id, outcome: outcome, journalProblem: "Tend could not note in your journal that it was sent: \(error)")
        }
    }

    /// True for a problem with the whole file, or with this person's entry.
    private static func concerns(_ problem: ConfigProblem, _ person: String) -> Bool {
        guard problem.key.hasPrefix("people.\"") else { return true }
        let name = problem.key.dropFirst("people.\"".count).prefix { $0 != "\"" }
        return Contact(name: String(name), way: .email("")).isNamed(person)
    }
}

extension SendService {
    /// The service as the shell commands use it: the config's [sending],
    /// the clock (TEND_NOW honoured), OSC 52 through the controlling terminal.
    static func forCommands(_ paths: StoragePaths) throws -> SendService {
        let config = ConfigFile(paths: paths).load()
        let start = try LaunchClock.now()
        let began = Date()
        return SendService(paths: paths, options: config.config.sending, me: config.config.me, askTerminal: TerminalClipboard.ask,
                           now: { start.addingTimeInterval(Date().timeIntervalSince(began)) })
    }
}
