import TendCore
import TendStorage

/// The spelling a name given on the command line is kept under: the newest
/// spelling of the same person in the journal (`PersonName` decides who is
/// the same), so `--to zoe` files under "Zoë" as the name fields on screen
/// do; a new name is kept as typed.
enum KnownName {
    static func spelling(of name: String, in journal: Journal) -> String {
        let typed = name.trimmed()
        guard !typed.isEmpty else { return typed }
        var known: String?
        // Newest first, so the search stops at the latest entry about them.
        _ = try? journal.forEachNewestFirst(matching: RecordQuery(person: typed)) { record in
            known = record.payload.person
            return known == nil
        }
        return known.map { PersonName.knownSpelling(of: typed, among: [$0]) } ?? typed
    }
}
