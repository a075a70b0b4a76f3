import TendCore

/// Where one field of browse's entry editor puts its words: a field of
/// the typed change of the entry's kind.
struct WordsSlot: Equatable, Sendable {
    private let path: AnyKeyPath & Sendable
    private let write: @Sendable (FieldUpdate<String>, inout RecordChange?) -> Void

    init<Change: KindChange>(_ path: WritableKeyPath<Change, FieldUpdate<String>?> & Sendable) {
        self.path = path
        write = { update, change in
            var typed = change.flatMap(Change.init) ?? Change()
            typed[keyPath: path] = update
            change = typed.recordChange
        }
    }

    /// `change` with this field's words set or cleared (made when nil).
    func write(_ update: FieldUpdate<String>, into change: inout RecordChange?) {
        write(update, &change)
    }

    static func == (a: WordsSlot, b: WordsSlot) -> Bool { a.path == b.path }
}
