import Foundation
import TendCore
import TendStorage

/// The letters written to the user, as the app and `tend letters` read
/// them: the folders people.toml shares, the user's own notes on them from
/// the journal, sealed letters opened with `[me] age_identity`.
struct LetterLoader {
    let paths: StoragePaths
    let me: MeOptions
    let words: LetterWords
    let environment: [String: String]

    init(paths: StoragePaths, me: MeOptions, words: LetterWords = PromptLibrary.builtIn.letters,
         environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.paths = paths
        self.me = me
        self.words = words
        self.environment = environment
    }

    /// What the app opens with, on the path to the first frame: nothing is
    /// read unless `[me] name` is set, sealed letters stay sealed, and the
    /// notes come from `records`, the recent journal read since `since`.
    /// Also the folders read, for watching.
    func atStart(records: [Record], since: Date) -> (box: LetterBox, folders: [String]) {
        guard let name = me.name else { return (LetterBox(setup: .noFolder), []) }
        let book = PeopleFile(paths: paths).load().book
        let folders = LetterShelf.folders(in: book).map(\.folder.path)
        guard !folders.isEmpty else { return (LetterBox(setup: .noFolder), []) }
        let reading = LetterShelf.read(book: book, me: name)
        return (LetterBox(letters: reading.letters, records: records, notesKnownSince: Int64(since.timeIntervalSince1970)), folders)
    }

    /// Everything, afresh: the folders, every note in `history` (the whole
    /// journal, live records), sealed letters opened. Also what had to be
    /// passed over in the folders.
    func all(history: [Record]) -> (box: LetterBox, findings: [DoctorReport.Finding]) {
        let book = PeopleFile(paths: paths).load().book
        guard !LetterShelf.folders(in: book).isEmpty else { return (LetterBox(setup: .noFolder), []) }
        guard let name = me.name else { return (LetterBox(setup: .needsName), []) }
        let reading = LetterShelf.read(book: book, me: name)
        let letters = LetterShelf.open(reading.letters, identity: me.ageIdentity, age: AgeTool(environment: environment), words: words)
        return (LetterBox(letters: letters, records: history), reading.findings)
    }
}
