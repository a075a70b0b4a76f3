import Foundation
import TendCore
import TendStorage
import TendUI

/// Everything a full-screen session needs from disk, loaded once at start
/// (only recent months of the journal), and the effects that touch disk.
struct AppSession {
    let journal: Journal
    let data: AppData

    init(paths: StoragePaths, now: Date) {
        journal = Journal(paths: paths)
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
        var problems = config.problems.map { "\($0)" }
        if config.hasProblems { problems.insert(ConfigLoadResult.fallbackNote, at: 0) }
        problems += practices.issues.map { "\($0)" }
        // Prompts offered in the last days, from the lines already read rather than a second pass.
        let recently = now.addingTimeInterval(-3 * 86_400)
        let fired = Set(lines.compactMap { record -> Firing? in
            guard case .promptFired(let prompt) = record.payload, record.time.date >= recently else { return nil }
            return Firing(prompt)
        })
        var data = AppData(journal: RecentJournal(lines: lines), practices: practices, prompts: .builtIn,
                           config: config.config, configProblems: problems, fired: fired)
        data.journalProblems = journalProblems
        self.data = data
    }

    /// Carries out the effects only the executable can: writing records,
    /// reading the whole journal.
    func perform(_ effect: Effect, clock: any Clock) -> [Event] {
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
        case .save(let payload):
            do {
                let record = try journal.append(payload, at: clock.now().wall)
                return [.recordSaved(record)]
            } catch {
                return [.saveFailed(payload, message: "Not saved: \(error). Your words are still here.")]
            }
        case .claimPrompt(let due):
            // If the journal cannot record it, offer it anyway: a missed prompt is worse than a repeat.
            let isOurs = (try? journal.claim(due.firing, at: clock.now().wall)) ?? true
            return [.promptClaimed(due, isOurs: isOurs)]
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
        if case .system(_, _, let code) = error {
            let text = String(cString: strerror(code))
            reason = " (\(text.prefix(1).lowercased() + text.dropFirst()))"
        }
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
