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
        let lines = (try? journal.records(since: since)) ?? []
        let configFile = ConfigFile(paths: paths)
        // First run: a commented default the user can read and edit. Never overwrites.
        _ = try? configFile.createDefault()
        let config = configFile.load()
        let practices = CustomPractices.library(paths)
        var problems = config.problems.map { "\($0)" }
        if config.hasProblems { problems.insert(ConfigLoadResult.fallbackNote, at: 0) }
        problems += practices.issues.map { "\($0)" }
        data = AppData(journal: RecentJournal(lines: lines), practices: practices, prompts: .builtIn,
                       config: config.config, configProblems: problems, fired: Self.firings(in: lines, now: now))
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

    /// Carries out the effects only the executable can: writing records,
    /// reading the whole journal.
    func perform(_ effect: Effect, clock: any Clock) -> [Event] {
        switch effect {
        case .loadHistory:
            do {
                return [.historyLoaded(try journal.history().records)]
            } catch {
                return [.effectReported(Report("Could not read your journal: \(error)", tone: .problem))]
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
}
