import Foundation
import TendCore
import TendJournalFormat
import TendScheduler
import TendSending
import TendStorage
import TendUI

/// Everything a full-screen session needs from disk, loaded once at start
/// (only recent months of the journal), and the effects that touch disk.
struct AppSession {
    let journal: Journal
    let drafts: DraftStore
    let data: AppData
    let paths: StoragePaths
    /// The folders shared with people, watched for letters while the app is open.
    let letterFolders: [String]
    /// Lines to print in the shell once the screen has closed.
    let leaveWords = LeaveWords()

    init(paths: StoragePaths, now: Date) {
        journal = Journal(paths: paths)
        drafts = DraftStore(paths: paths)
        self.paths = paths
        let since = now.addingTimeInterval(-Double(AppData.recentDays) * 86_400)
        // What cannot be read is said on home, calmly and with where; it is never an empty day in silence.
        var journalProblems: [String] = []
        let lines: [Record]
        do {
            let reading = try journal.readRecords(since: since)
            lines = reading.value
            if let line = Self.line(for: reading.skipped, in: journal.directory) { journalProblems.append(line) }
        } catch {
            lines = []
            journalProblems.append(Self.line(for: error, in: journal.directory))
        }
        let configFile = ConfigFile(paths: paths)
        // First run: a commented default the user can read and edit. Never overwrites.
        _ = try? configFile.createDefault()
        let config = configFile.load()
        let practices = CustomPractices.library(paths)
        var problems = config.homeNotes
        problems += practices.issues.map { "\($0)" }
        let recent = RecentJournal(lines: lines)
        let (letters, folders) = LetterLoader(paths: paths, me: config.config.me).atStart(records: recent.records, since: since)
        letterFolders = folders
        var data = AppData(journal: recent, practices: practices, prompts: .builtIn,
                           config: config.config, configProblems: problems, fired: Self.firings(in: lines, now: now),
                           drafts: drafts.drafts(), letters: letters)
        data.journalProblems = journalProblems
        self.data = data
    }

    /// Prompts offered in the last days, from the lines already read rather than a second pass.
    private static func firings(in lines: [Record], now: Date) -> Set<Firing> {
        let recently = now.addingTimeInterval(-3 * 86_400)
        return Set(lines.compactMap { record -> Firing? in
            guard case .promptFired(let prompt) = record.payload, record.time.date >= recently else { return nil }
            return Firing(prompt)
        })
    }

    /// The recent journal read again, after a sync brought entries from another device.
    func reloaded(now: Date) -> Event? {
        let since = now.addingTimeInterval(-Double(AppData.recentDays) * 86_400)
        guard let lines = try? journal.records(since: since) else { return nil }
        return .journalReloaded(RecentJournal(lines: lines), fired: Self.firings(in: lines, now: now))
    }

    /// The letters read again, after a sync brought some into a shared folder.
    func reloadedLetters() -> Event? {
        let history = (try? journal.history().records) ?? data.journal.records
        return .lettersLoaded(LetterLoader(paths: paths, me: data.config.me, words: data.prompts.letters).all(history: history).box)
    }

    /// Carries out the effects only the executable can: writing records,
    /// reading the whole journal, sending and copying (the terminal is
    /// asked to copy, with OSC 52, only when no clipboard program can).
    func perform(_ effect: Effect, clock: any TimeSource, terminal: (any Terminal)? = nil) -> [Event] {
        let sending = SendService(paths: paths, options: data.config.sending, me: data.config.me, words: data.prompts.sending,
                                  repairSubject: data.prompts.repairDraft.wordsSubject,
                                  askTerminal: { text in terminal.map { $0.copyToClipboard(text); return true } ?? false },
                                  now: { clock.now().wall })
        switch effect {
        case .loadHistory:
            do {
                let reading = try journal.readHistory()
                var events: [Event] = [.historyLoaded(reading.value.records)]
                if let line = Self.line(for: reading.skipped, in: journal.directory) {
                    events.append(.effectReported(Report(line, tone: .calm)))
                }
                return events
            } catch {
                return [.effectReported(Report(Self.line(for: error, in: journal.directory), tone: .problem))]
            }
        case .save(let payload, let tag):
            do {
                let record = try journal.append(payload, at: clock.now().wall)
                return [.saved(tag, .success(record))]
            } catch {
                return [.saved(tag, .failure(SaveFailure("Not saved: \(error). Your words are still here.")))]
            }
        case .claimPrompt(let due):
            // If the journal cannot record it, offer it anyway: a missed prompt is worse than a repeat.
            let isOurs = (try? journal.claim(due.firing, at: clock.now().wall)) ?? true
            return [.promptClaimed(due, isOurs: isOurs)]
        case .keepDraft(let draft):
            do {
                try drafts.keep(draft, at: clock.now().wall)
                return []
            } catch {
                return [.effectReported(Report("Could not keep a draft of your words: \(error)", tone: .problem))]
            }
        case .dropDraft(let id):
            // A draft that cannot be removed is only offered again; nothing is lost.
            try? drafts.discard(id)
            return []
        case .leaveWord(let line):
            leaveWords.lines.append(line)
            return []
        case .prepareSend(let record):
            let history = (try? journal.history().records) ?? data.journal.records
            guard let plan = sending.plan(for: record, history: history) else {
                return [.effectReported(Report("Only appreciations and a repair's words are sent.", tone: .problem))]
            }
            return [.sendPrepared(plan)]
        case .send(let plan):
            let report = sending.send(plan)
            return (report.sentRecord.map { [Event.saved(.sent, .success($0))] } ?? []) + [.sendFinished(report)]
        case .setPractice(let setting):
            return Self.change(setting, in: ConfigFile(paths: paths))
        case .copyText(let text):
            let clipboard = Clipboard(environment: sending.environment, askTerminal: sending.askTerminal)
            return [.textCopied(clipboard.copy(text))]
        case .loadLetters:
            return reloadedLetters().map { [$0] } ?? []
        case .editText(let request):
            return [.textEdited(request, EditorTurn.edit(request.text, words: data.prompts.editor))]
        default:
            return []
        }
    }

    /// One calm line about month files that were skipped, or nil when none were.
    static func line(for skipped: [SkippedFile], in directory: String) -> String? {
        guard let first = skipped.first else { return nil }
        if skipped.count > 1 { return "\(skipped.count) files of your journal could not be read; tend doctor lists them." }
        return "Could not read \(short(first.path, in: directory)); it is left out. tend doctor says more."
    }

    /// One calm line about a journal that could not be read at all.
    static func line(for error: StorageError, in directory: String) -> String {
        var reason = ""
        if case .system(_, _, let code) = error { reason = " (\(StorageError.reason(errno: code)))" }
        return "Could not read your journal in \(short(directory, in: nil))\(reason)."
    }

    /// A path as short as it can be said: inside the journal, or from ~.
    private static func short(_ path: String, in directory: String?) -> String {
        if let directory, path.hasPrefix(directory + "/") { return String(path.dropFirst(directory.count + 1)) }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        if !home.isEmpty, path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}

extension AppSession {
    /// Makes a library or look-back change in config.toml, keeping the
    /// user's comments; the settings as they now stand, or why not.
    static func change(_ setting: PracticeSetting, in file: ConfigFile) -> [Event] {
        let edit: ConfigEdit
        switch setting {
        case .hidden(let card, let isOn): edit = .setHidden(card: card, isOn)
        case .mine(let card, let isOn): edit = .setMine(card: card, isOn)
        }
        do {
            try file.apply(edit)
            return [.practicesChanged(file.load().config.practices)]
        } catch {
            return [.effectReported(Report("\(error)", tone: .problem))]
        }
    }
}

/// The lines a ritual started from the shell leaves there ("Saved your
/// appreciation for Zoë."), printed once the screen is closed.
final class LeaveWords {
    var lines: [String] = []
}
