import TendCore

extension BrowseScreen {
    enum Intent: Sendable, Equatable {
        case down, up, pageDown, pageUp, halfDown, halfUp, top, bottom, wheelDown, wheelUp
        case open, back, leave, search, nextMatch, previousMatch
        case toggleKinds, people, month, onThisDay, edit, delete, copy, write, send, unsent, letters
        case accept, cancel, nextField, previousField, confirm

        init(_ move: ListMove) {
            switch move {
            case .down: self = .down
            case .up: self = .up
            case .pageDown: self = .pageDown
            case .pageUp: self = .pageUp
            case .halfDown: self = .halfDown
            case .halfUp: self = .halfUp
            case .top: self = .top
            case .bottom: self = .bottom
            case .wheelDown: self = .wheelDown
            case .wheelUp: self = .wheelUp
            }
        }

        /// The list move this intent is, if it is one.
        var move: ListMove? {
            switch self {
            case .down: return .down
            case .up: return .up
            case .pageDown: return .pageDown
            case .pageUp: return .pageUp
            case .halfDown: return .halfDown
            case .halfUp: return .halfUp
            case .top: return .top
            case .bottom: return .bottom
            case .wheelDown: return .wheelDown
            case .wheelUp: return .wheelUp
            default: return nil
            }
        }
    }

    static let moving = ListMove.bindings(next: "next entry", previous: "previous entry", first: "newest", last: "oldest",
                                          moves: [.down, .up, .pageDown, .pageUp, .halfDown, .halfUp, .top, .bottom,
                                                  .wheelDown, .wheelUp]).map { $0.map(Intent.init) }

    static let peopleMoving = ListMove.bindings(next: "next person", previous: "previous person", first: "first",
                                                last: "last").map { $0.map(Intent.init) }

    static let entryActions: [KeyBinding<Intent>] = [
        KeyBinding([.character("e")], "e", "edit the entry", .edit, footer: "edit"),
        KeyBinding([.character("d"), .delete], "d", "delete the entry (asks first)", .delete),
        KeyBinding([.character("c")], "c", "copy its text", .copy),
        KeyBinding([.character("n")], "n", "next match", .nextMatch),
        KeyBinding([.character("N")], "N", "previous match", .previousMatch),
    ]

    static let sendAction = KeyBinding<Intent>([.character("s")], "s", "send it to them (asks first)", .send, footer: "send")

    /// The entry's keys; `s` only where there is someone to send it to.
    var entryActions: [KeyBinding<Intent>] {
        guard let position = list.selectedPosition, EntryText.isSendable(index.records[position]) else {
            return Self.entryActions
        }
        var actions = Self.entryActions
        actions.insert(Self.sendAction, at: 2)
        return actions
    }

    /// True while there is nothing to show yet: the journal is on its way,
    /// or could not be read.
    var isWaiting: Bool { index.isEmpty && loading != .loaded }

    var keys: KeyMap<Intent> {
        guard !isWaiting else {
            return KeyMap([KeyBinding([.escape, .character("q")], "q", "leave", .leave, footer: "back")])
        }
        if index.isEmpty {
            return KeyMap([
                KeyBinding([.character("t")], "t", "write an appreciation now", .write, footer: "write one"),
                KeyBinding([.character("i")], "i", "read letters sent to you", .letters),
                KeyBinding([.escape, .character("q")], "q", "leave", .leave, footer: "back"),
            ])
        }
        switch mode {
        case .list where search.isTyping:
            return KeyMap([
                KeyBinding([.enter], "Enter", "keep this search", .accept, footer: "done"),
                KeyBinding([.down], "↓", "next match", .nextMatch),
                KeyBinding([.up], "↑", "previous match", .previousMatch),
                KeyBinding([.escape], "Esc", "forget the search", .cancel, footer: "cancel"),
            ])
        case .list:
            var bindings = [
                KeyBinding<Intent>([.character("/")], "/", "search (case and accents ignored)", .search, footer: "search"),
                KeyBinding([.enter], "Enter", "read the whole entry", .open, footer: "open"),
                KeyBinding([.character("p")], "p", "people, the longest quiet first", .people, footer: "people"),
                KeyBinding([.character("a")], "a", filter.appreciationsOnly ? "show every kind of entry" : "appreciations only",
                           .toggleKinds, footer: filter.appreciationsOnly ? "show all" : "thanks only"),
                KeyBinding([.character("u")], "u", filter.unsentOnly ? "sent ones too" : "not sent yet", .unsent),
                KeyBinding([.character("m")], "m", "jump to a month", .month),
                KeyBinding([.character("o")], "o", "on this day, in earlier months and years", .onThisDay),
                KeyBinding([.character("i")], "i", "read letters sent to you", .letters),
            ] + entryActions + Self.moving
            if let clearing = escapeClears {
                bindings.append(KeyBinding([.escape], "Esc", clearing, .back, footer: "clear"))
                bindings.append(KeyBinding([.character("q")], "q", "leave browsing", .leave, footer: "back"))
            } else {
                bindings.append(KeyBinding([.escape, .character("q")], "q", "leave browsing", .leave, footer: "back"))
            }
            return KeyMap(bindings)
        case .detail:
            return KeyMap([
                KeyBinding([.down, .character("j")], "j/↓", "next entry", .down, footer: "next"),
                KeyBinding([.up, .character("k")], "k/↑", "previous entry", .up),
                KeyBinding([.pageDown, .character(" ")], "PgDn", "more of the text", .pageDown),
                KeyBinding([.pageUp], "PgUp", "back up the text", .pageUp),
            ] + entryActions + [
                KeyBinding([.escape, .character("q")], "Esc", "back to the list", .back, footer: "list"),
            ])
        case .people:
            return KeyMap([KeyBinding([.enter], "Enter", "show their entries", .open, footer: "show")] + Self.peopleMoving + [
                KeyBinding([.escape, .character("q")], "Esc", "back to the list", .back, footer: "list"),
            ])
        case .editing:
            return KeyMap([
                KeyBinding([.enter], "Enter", "save the change", .accept, footer: "save"),
                KeyBinding([.tab, .down], "Tab", "next field", .nextField, footer: "next field"),
                KeyBinding([.backTab, .up], "S-Tab", "previous field", .previousField),
                KeyBinding([.escape], "Esc", "leave it as it was", .cancel, footer: "cancel"),
            ])
        case .confirmingDelete:
            return KeyMap([
                KeyBinding([.character("y")], "y", Self.deleteQuestion.yes.help, .confirm, footer: Self.deleteQuestion.yes.footer),
                KeyBinding([.character("n"), .escape], "n", Self.deleteQuestion.no.help, .cancel,
                           footer: Self.deleteQuestion.no.footer),
            ])
        case .jumping:
            return KeyMap([
                KeyBinding([.enter], "Enter", "go to that month", .accept, footer: "go"),
                KeyBinding([.escape], "Esc", "stay here", .cancel, footer: "cancel"),
            ])
        case .sending:
            return KeyMap([]) // the send offer has its own keys
        }
    }

    /// What Esc clears in the list before it leaves, if anything.
    var escapeClears: String? {
        if search.isActive { return "clear the search" }
        if filter.scope != .everyone { return "show everyone again" }
        if filter.unsentOnly { return "show sent ones too" }
        return nil
    }
}
