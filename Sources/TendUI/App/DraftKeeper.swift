import TendCore

/// Keeps the draft on disk in step with the screens: after every event it
/// compares the words on screen with what was last kept, and asks the
/// runtime to write the new version, or to remove the file once the ritual
/// is saved or let go. Leaving with Ctrl-C (or a signal) removes nothing,
/// so those words are offered back on the next start.
struct DraftKeeper: Sendable {
    /// What the draft file holds now, if this session keeps one.
    private(set) var kept: Draft?

    /// The effects that bring the file in line with `screens`.
    mutating func sync(with screens: [any Screen], at now: Moment) -> [Effect] {
        var current = screens.reversed().lazy.compactMap(\.draft).first
        if var draft = current, draft.id.isEmpty {
            // A fresh draft keeps one file for as long as it is written.
            draft.id = kept.flatMap { $0.kind == draft.kind ? $0.id : nil }
                ?? Draft.makeID(draft.kind, at: now.wall, salt: UInt64(max(0, now.uptime * 1_000_000)))
            current = draft
        }
        guard current != kept else { return [] }
        var effects: [Effect] = []
        if let old = kept, old.id != current?.id { effects.append(.dropDraft(id: old.id)) }
        if let current { effects.append(.keepDraft(current)) }
        kept = current
        return effects
    }
}
