import TendCore

/// Browsing past entries: every appreciation (and, more quietly, check-ins,
/// pauses and the rest) newest first under day headings; `/` search that
/// ignores case and accents; a people view, longest quiet first; a month
/// jump and "on this day"; the full text of one entry; edit, delete and copy.
///
/// The recent weeks the app already holds show at once; the whole journal
/// follows through `loadHistory` right after the first frame. After that
/// every key works on a prepared index and draws only the rows on screen,
/// so a journal of 100,000 entries scrolls like one of ten.
public struct BrowseScreen: Screen {
    enum Mode: Equatable, Sendable {
        case list
        case detail
        case people(PeopleView)
        case editing(EntryEditor, fromDetail: Bool)
        case confirmingDelete(fromDetail: Bool)
        case jumping(LineEditor)
        case sending(SendFlow, fromDetail: Bool)
    }

    /// The whole journal is asked for on the second tick (the run loop ticks
    /// once before its first frame, and the recent entries should be on
    /// screen while the rest is read), or at once on a key.
    enum Loading: Equatable, Sendable { case waiting, armed, requested, loaded, failed }

    public let title = "Browse"
    private(set) var loading = Loading.waiting
    private(set) var index = BrowseIndex()
    private(set) var filter = BrowseFilter()
    private(set) var list = BrowseList()
    private(set) var search = BrowseSearch()
    private(set) var mode = Mode.list
    private(set) var detailScroll = 0
    private var saves = PendingSaves()
    static let editTag: SaveTag = "browse.edit"
    static let deleteTag: SaveTag = "browse.delete"

    /// Shows the recent entries the app holds, and asks for the whole
    /// journal on its first event.
    public init(context: ScreenContext) {
        index = BrowseIndex(records: context.data.journal.records, practices: context.data.practices)
        rebuild(keeping: nil, context: context)
    }

    /// Starts with the journal already read (timing harnesses, tests).
    public init(records: [Record], context: ScreenContext) {
        loaded(records, context: context)
    }

    // MARK: Keys

    enum Intent: Sendable {
        case down, up, pageDown, pageUp, halfDown, halfUp, top, bottom, wheelDown, wheelUp
        case open, back, leave, search, nextMatch, previousMatch
        case toggleKinds, people, month, onThisDay, edit, delete, copy, write, send, unsent
        case accept, cancel, nextField, previousField, confirm
    }

    private static let moving: [KeyBinding<Intent>] = [
        KeyBinding([.down, .character("j")], "j/↓", "next entry", .down),
        KeyBinding([.up, .character("k")], "k/↑", "previous entry", .up),
        KeyBinding([.pageDown, .control("f")], "PgDn", "a page down", .pageDown),
        KeyBinding([.pageUp, .control("b")], "PgUp", "a page up", .pageUp),
        KeyBinding([.control("d")], "Ctrl-D", "half a page down", .halfDown),
        KeyBinding([.control("u")], "Ctrl-U", "half a page up", .halfUp),
        KeyBinding([.home, .character("g")], "g/Home", "newest", .top),
        KeyBinding([.end, .character("G")], "G/End", "oldest", .bottom),
        KeyBinding([.wheelDown], "wheel ↓", "scroll down", .wheelDown),
        KeyBinding([.wheelUp], "wheel ↑", "scroll up", .wheelUp),
    ]

    private static let entryActions: [KeyBinding<Intent>] = [
        KeyBinding([.character("e")], "e", "edit the entry", .edit, footer: "edit"),
        KeyBinding([.character("d"), .delete], "d", "delete the entry (asks first)", .delete),
        KeyBinding([.character("c")], "c", "copy its text", .copy),
        KeyBinding([.character("n")], "n", "next match", .nextMatch),
        KeyBinding([.character("N")], "N", "previous match", .previousMatch),
    ]

    private static let sendAction = KeyBinding<Intent>([.character("s")], "s", "send it to them (asks first)", .send, footer: "send")

    /// The entry's keys; `s` only where there is someone to send it to.
    private var entryActions: [KeyBinding<Intent>] {
        guard let position = list.selectedPosition, EntryText.isSendable(index.records[position]) else {
            return Self.entryActions
        }
        var actions = Self.entryActions
        actions.insert(Self.sendAction, at: 2)
        return actions
    }

    /// True while there is nothing to show yet: the journal is on its way,
    /// or could not be read.
    private var isWaiting: Bool { index.isEmpty && loading != .loaded }

    private var keys: KeyMap<Intent> {
        guard !isWaiting else {
            return KeyMap([KeyBinding([.escape, .character("q")], "q", "leave", .leave, footer: "back")])
        }
        if index.isEmpty {
            return KeyMap([
                KeyBinding([.character("t")], "t", "write an appreciation now", .write, footer: "write one"),
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
            return KeyMap([
                KeyBinding([.enter], "Enter", "show their entries", .open, footer: "show"),
                KeyBinding([.down, .character("j")], "j/↓", "next person", .down),
                KeyBinding([.up, .character("k")], "k/↑", "previous person", .up),
                KeyBinding([.pageDown, .control("f")], "PgDn", "a page down", .pageDown),
                KeyBinding([.pageUp, .control("b")], "PgUp", "a page up", .pageUp),
                KeyBinding([.home, .character("g")], "g/Home", "first", .top),
                KeyBinding([.end, .character("G")], "G/End", "last", .bottom),
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
                KeyBinding([.character("y")], "y", "yes, delete it", .confirm, footer: "delete"),
                KeyBinding([.character("n"), .escape], "n", "no, keep it (so does any other key)", .cancel, footer: "keep"),
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
    private var escapeClears: String? {
        if search.isActive { return "clear the search" }
        if filter.scope != .everyone { return "show everyone again" }
        if filter.unsentOnly { return "show sent ones too" }
        return nil
    }

    public var keyHelp: ScreenKeys {
        if case .sending(let flow, _) = mode { return flow.keyHelp }
        var help = keys.keyHelp
        if isTakingText {
            help.all += [KeyHelp("Ctrl-A/E", "start or end of line"), KeyHelp("Ctrl-W", "delete a word")]
        }
        return help
    }

    public var isTakingText: Bool {
        switch mode {
        case .list: return search.isTyping
        case .editing, .jumping: return true
        case .sending(let flow, _): return flow.isTakingText
        case .detail, .people, .confirmingDelete: return false
        }
    }

    public var hasDraft: Bool {
        if case .editing(let editor, _) = mode { return editor.hasChanges }
        return false
    }

    public func nextFrame(after now: Moment) -> Moment? {
        if case .sending(let flow, _) = mode { return flow.nextFrame(after: now) }
        return loading == .waiting || loading == .armed ? now : nil
    }

    // MARK: Update

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        if case .sending(var flow, let fromDetail) = mode {
            // The sent edit changes the entry in the list, whoever is asking.
            if case .saved(_, .success(let record)) = event { _ = saved(record, wasOurs: false, context: context) }
            let effects = flow.update(event, context: context)
            mode = flow.isFinished ? (fromDetail ? .detail : .list) : .sending(flow, fromDetail: fromDetail)
            return effects + (flow.closing.map { [.report($0)] } ?? [])
        }
        switch event {
        case .historyLoaded(let records):
            loaded(records, context: context)
            return []
        case .effectReported(let report) where loading == .requested && report.tone == .problem:
            loading = .failed
            return []
        case .saved(_, let result):
            let wasOurs = saves.answer(to: event) != nil
            guard case .success(let record) = result else { return [] }
            return saved(record, wasOurs: wasOurs, context: context)
        case .textCopied(let result):
            return [.report(copied(result, context: context))]
        case .ticked:
            if loading == .waiting { loading = .armed; return [] }
            return requestHistory()
        case .keyPressed(let key):
            return requestHistory() + handle(key, context: context)
        default:
            return []
        }
    }

    private mutating func requestHistory() -> [Effect] {
        guard loading == .waiting || loading == .armed else { return [] }
        loading = .requested
        return [.loadHistory]
    }

    /// Takes the whole journal, keeping the selection on the same entry.
    private mutating func loaded(_ records: [Record], context: ScreenContext) {
        let selectedID = list.selectedPosition.map { index.records[$0].id }
        index = BrowseIndex(records: records, practices: context.data.practices)
        loading = .loaded
        rebuild(keeping: selectedID.flatMap(index.position(of:)), context: context)
    }

    /// Rebuilds the list after the filter or the entries changed, keeping the
    /// selection on `position` (or the entry after it) when given.
    private mutating func rebuild(keeping position: Int?, context: ScreenContext) {
        list = BrowseList(index: index, filter: filter)
        list.select(position: position ?? 0, height: listHeight(context))
        if search.isActive { search.refresh(in: list, index: index) }
    }

    private mutating func saved(_ record: Record, wasOurs wasSaving: Bool, context: ScreenContext) -> [Effect] {
        let change = index.apply(record)
        switch change {
        case .edited(let position):
            rebuild(keeping: position, context: context)
            guard wasSaving else { return [] }
            if case .editing(_, let fromDetail) = mode { mode = fromDetail ? .detail : .list }
            return [.report(Report("Saved your change."))]
        case .deleted(let position):
            rebuild(keeping: position, context: context)
            guard wasSaving else { return [] }
            mode = .list
            return [.report(Report("Deleted. The original line stays in your journal file."))]
        case .added(let position):
            rebuild(keeping: list.selectedPosition.map { $0 >= position ? $0 + 1 : $0 }, context: context)
            return []
        case .refused(let reason):
            if case .editing(_, let fromDetail) = mode { mode = fromDetail ? .detail : .list }
            return [.report(Report(reason, tone: .problem))]
        case .none:
            return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        guard let intent = keys.intent(for: key) else { return typed(key, context: context) }
        if intent == .leave { return [.pop] }
        if intent == .write { return [.replace(.thanks())] }
        guard !isWaiting else { return [] }
        switch mode {
        case .list where search.isTyping: return searching(intent, context: context)
        case .list: return inList(intent, context: context)
        case .detail: return inDetail(intent, context: context)
        case .people(let people): return inPeople(intent, people: people, context: context)
        case .editing(let editor, let fromDetail): return editing(intent, editor: editor, fromDetail: fromDetail)
        case .confirmingDelete(let fromDetail): return confirming(intent, fromDetail: fromDetail)
        case .jumping(let field): return jumping(intent, field: field, context: context)
        case .sending: return []
        }
    }

    /// A field said no to a paste: say so, as the bedtime screen does, not only
    /// with the bell (short enough for the report line at 40 columns).
    private static func refused(_ limit: Int) -> [Effect] {
        [.bell, .report(Report("Not pasted: \(limit) characters at most.", tone: .problem))]
    }

    /// Keys no binding claims: text for a field, or (deleting) a "no".
    private mutating func typed(_ key: Key, context: ScreenContext) -> [Effect] {
        switch mode {
        case .list where search.isTyping:
            let outcome = search.handle(key)
            if case .refused(let limit) = outcome { return Self.refused(limit) }
            if outcome == .edited {
                search.refresh(in: list, index: index)
                list.select(search.match(atOrAfter: search.origin) ?? search.origin, height: listHeight(context))
            }
        case .editing(var editor, let fromDetail):
            let outcome = editor.handle(key)
            mode = .editing(editor, fromDetail: fromDetail)
            if case .refused(let limit) = outcome { return Self.refused(limit) }
        case .jumping(var field):
            if case .refused(let limit) = field.handle(key) { return Self.refused(limit) }
            mode = .jumping(field)
        case .confirmingDelete(let fromDetail):
            return confirming(.cancel, fromDetail: fromDetail)
        case .list, .detail, .people, .sending:
            break
        }
        return []
    }

    private mutating func inList(_ intent: Intent, context: ScreenContext) -> [Effect] {
        let height = listHeight(context)
        switch intent {
        case .down: list.move(by: 1, height: height)
        case .up: list.move(by: -1, height: height)
        case .pageDown: list.scroll(by: height, height: height)
        case .pageUp: list.scroll(by: -height, height: height)
        case .halfDown: list.scroll(by: max(1, height / 2), height: height)
        case .halfUp: list.scroll(by: -max(1, height / 2), height: height)
        case .wheelDown: list.scroll(by: 3, height: height)
        case .wheelUp: list.scroll(by: -3, height: height)
        case .top: list.select(0, height: height)
        case .bottom: list.select(list.positions.count - 1, height: height)
        case .open:
            guard !list.isEmpty else { return [] }
            mode = .detail
            detailScroll = 0
        case .search:
            search.begin(at: list.selected)
        case .nextMatch, .previousMatch:
            return step(toMatch: intent == .nextMatch, context: context)
        case .toggleKinds:
            filter.appreciationsOnly.toggle()
            rebuild(keeping: list.selectedPosition, context: context)
        case .people:
            var people = PeopleView(index: index)
            people.select(0, height: peopleHeight(context))
            mode = .people(people)
        case .month:
            mode = .jumping(LineEditor(limit: 40))
        case .onThisDay:
            filter.scope = .onThisDay(context.today)
            rebuild(keeping: nil, context: context)
        case .edit: return startEditing(fromDetail: false)
        case .delete:
            guard !list.isEmpty else { return [] }
            mode = .confirmingDelete(fromDetail: false)
        case .copy: return copy(context)
        case .send: return startSending(fromDetail: false)
        case .unsent:
            filter.unsentOnly.toggle()
            rebuild(keeping: list.selectedPosition, context: context)
        case .back:
            if search.isActive {
                search.clear()
            } else if filter.scope != .everyone {
                filter.scope = .everyone
                rebuild(keeping: list.selectedPosition, context: context)
            } else if filter.unsentOnly {
                filter.unsentOnly = false
                rebuild(keeping: list.selectedPosition, context: context)
            } else {
                return [.pop]
            }
        default: break
        }
        return []
    }

    private mutating func searching(_ intent: Intent, context: ScreenContext) -> [Effect] {
        switch intent {
        case .accept:
            search.accept()
            if search.isActive, search.matches.isEmpty {
                return [.report(Report("Nothing matches “\(search.text)”."))]
            }
        case .cancel:
            search.clear()
            list.select(search.origin, height: listHeight(context))
        case .nextMatch, .previousMatch:
            return step(toMatch: intent == .nextMatch, context: context)
        default: break
        }
        return []
    }

    /// `n` / `N`: the next or previous match, wrapping round.
    private mutating func step(toMatch forward: Bool, context: ScreenContext) -> [Effect] {
        guard search.isActive else { return [.report(Report("Press / to search first."))] }
        guard let target = search.match(after: list.selected, forward: forward) else {
            return [.report(Report("Nothing matches “\(search.text)”."))]
        }
        let wrapped = forward ? target <= list.selected : target >= list.selected
        list.select(target, height: listHeight(context))
        detailScroll = 0
        if wrapped, search.matches.count > 1 {
            return [.report(Report(forward ? "Back to the newest match." : "On to the oldest match."))]
        }
        return []
    }

    private mutating func inDetail(_ intent: Intent, context: ScreenContext) -> [Effect] {
        switch intent {
        case .down: list.move(by: 1, height: listHeight(context)); detailScroll = 0
        case .up: list.move(by: -1, height: listHeight(context)); detailScroll = 0
        case .pageDown:
            let room = detailHeight(context)
            detailScroll = max(0, min(detailScroll + room, detailLineCount(context) - room))
        case .pageUp: detailScroll = max(0, detailScroll - detailHeight(context))
        case .nextMatch, .previousMatch: return step(toMatch: intent == .nextMatch, context: context)
        case .edit: return startEditing(fromDetail: true)
        case .delete: mode = .confirmingDelete(fromDetail: true)
        case .copy: return copy(context)
        case .send: return startSending(fromDetail: true)
        case .back: mode = .list
        default: break
        }
        return []
    }

    private mutating func inPeople(_ intent: Intent, people: PeopleView, context: ScreenContext) -> [Effect] {
        var people = people
        let height = peopleHeight(context)
        switch intent {
        case .down: people.select(people.selected + 1, height: height)
        case .up: people.select(people.selected - 1, height: height)
        case .pageDown: people.select(people.selected + height, height: height)
        case .pageUp: people.select(people.selected - height, height: height)
        case .top: people.select(0, height: height)
        case .bottom: people.select(people.rows.count - 1, height: height)
        case .open:
            guard let row = people.selectedRow else { return [] }
            filter.scope = .person(row.person)
            search.clear()
            mode = .list
            rebuild(keeping: nil, context: context)
            return []
        case .back:
            mode = .list
            return []
        default: break
        }
        mode = .people(people)
        return []
    }

    private mutating func startEditing(fromDetail: Bool) -> [Effect] {
        guard let position = list.selectedPosition else { return [] }
        let record = index.records[position]
        guard let editor = EntryEditor(record: record) else {
            return [.report(Report("A pause has no words to change. d deletes it, if you like."))]
        }
        mode = .editing(editor, fromDetail: fromDetail)
        return []
    }

    private mutating func editing(_ intent: Intent, editor: EntryEditor, fromDetail: Bool) -> [Effect] {
        var editor = editor
        defer { if case .editing = mode { mode = .editing(editor, fromDetail: fromDetail) } }
        if case .cancel = intent {} else { editor.stayAfterAsking() }
        switch intent {
        case .nextField: editor.next()
        case .previousField: editor.previous()
        case .cancel:
            guard editor.mayLeave() else { return [.report(Report("Esc again drops your change.", tone: .problem))] }
            mode = fromDetail ? .detail : .list
            return editor.hasChanges ? [.report(Report("Left as it was."))] : []
        case .accept:
            guard !saves.contains(Self.editTag), let set = editor.changes() else { return [] }
            guard !set.members.isEmpty else {
                mode = fromDetail ? .detail : .list
                return [.report(Report("Nothing changed."))]
            }
            return saves.save(.edit(Edit(target: editor.target, set: set)), tag: Self.editTag)
        default: break
        }
        return []
    }

    private mutating func confirming(_ intent: Intent, fromDetail: Bool) -> [Effect] {
        guard intent == .confirm, let position = list.selectedPosition else {
            mode = fromDetail ? .detail : .list
            return [.report(Report("Kept."))]
        }
        return saves.save(.delete(Delete(target: index.records[position].id)), tag: Self.deleteTag)
    }

    private mutating func jumping(_ intent: Intent, field: LineEditor, context: ScreenContext) -> [Effect] {
        guard intent == .accept else { mode = .list; return [] }
        guard let month = MonthJump.parse(field.text, today: context.today, calendar: context.calendar) else {
            return [.report(Report("Try a month like 2025-03, or “march 2025”."))]
        }
        mode = .list
        let name = MonthJump.name(of: month, calendar: context.calendar)
        let last = Int32(month.lastDay.daysSinceEpoch)
        let height = listHeight(context)
        guard let offset = list.firstOffset(where: { index.days[Int($0)] <= last }) else {
            list.select(list.positions.count - 1, height: height)
            return [.report(Report("Nothing as far back as \(name). This is the first entry."))]
        }
        list.select(offset, height: height)
        let day = index.day(at: Int(list.positions[offset]))
        if day.year != month.year || day.month != month.month {
            return [.report(Report("Nothing in \(name); here is the nearest earlier entry."))]
        }
        return []
    }

    private func copy(_ context: ScreenContext) -> [Effect] {
        guard let position = list.selectedPosition else { return [] }
        let record = index.records[position]
        // A repair that found its words is copied as those words, ready to paste to the person.
        if case .repair(let r) = record.payload, let words = r.words, !words.isEmpty { return [.copyText(words)] }
        return [.copyText(EntryText.line(of: record, practices: context.data.practices))]
    }

    /// What copying the selected entry achieved, honestly ("Copied." only when a tool said so).
    private func copied(_ result: ClipboardResult, context: ScreenContext) -> Report {
        let words = context.data.prompts.sending
        let record = list.selectedPosition.map { index.records[$0] }
        if case .unavailable = result { return Report(words.plainInBrowse, tone: .problem) }
        guard case .appreciation(let a)? = record?.payload else {
            if case .copied(let tool) = result, tool != "tmux" { return Report("Copied.") }
            return Report(words.words(for: result, name: ""))
        }
        return Report(words.words(for: result, name: SafeText.line(a.person)))
    }

    /// `s`: the send offer for the selected appreciation (a resend asks first).
    private mutating func startSending(fromDetail: Bool) -> [Effect] {
        guard let position = list.selectedPosition else { return [] }
        let record = index.records[position]
        guard EntryText.isSendable(record) else {
            return [.report(Report("Only appreciations and a repair's words are sent. c copies this one's text."))]
        }
        let flow = SendFlow(record: record)
        mode = .sending(flow, fromDetail: fromDetail)
        return flow.start()
    }

    // MARK: Sizes

    /// List rows on screen: the body (the window less the header and footer)
    /// less the status line and the row kept for notes.
    private func listHeight(_ context: ScreenContext) -> Int {
        max(1, context.size.height - 4 - BrowseListView.chromeRows)
    }

    private func peopleHeight(_ context: ScreenContext) -> Int {
        max(1, context.size.height - 4 - PeopleView.headerRows - 1)
    }

    private func detailHeight(_ context: ScreenContext) -> Int {
        max(1, context.size.height - 4 - EntryDetailView.headerRows - 2)
    }

    private func detailLineCount(_ context: ScreenContext) -> Int {
        guard let position = list.selectedPosition else { return 0 }
        return EntryDetailView.lines(of: index.records[position], width: context.size.width - 4,
                                     data: context.data).count
    }

    // MARK: Render

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let x = area.x + 2, width = area.width - 4
        if isWaiting {
            let words = loading == .failed ? "Your journal could not be read just now." : "Opening your journal…"
            canvas.write(words, x: x, y: area.y + 1, style: .muted, truncatingTo: width)
            return
        }
        if index.isEmpty {
            BrowseListView.renderEmpty(into: &canvas, area: area)
            return
        }
        switch mode {
        case .list, .jumping:
            renderList(into: &canvas, area: area, context: context)
        case .detail:
            renderDetail(into: &canvas, area: area, context: context)
        case .people(let people):
            people.render(into: &canvas, area: area, today: context.today)
        case .editing(let editor, _):
            renderEditor(editor, into: &canvas, area: area, context: context)
        case .confirmingDelete(let fromDetail):
            if fromDetail { renderDetail(into: &canvas, area: area, context: context) } else {
                renderList(into: &canvas, area: area, context: context)
            }
            renderDeleteQuestion(into: &canvas, area: area, context: context)
        case .sending(let flow, _):
            SendFlowView.render(flow, heading: nil, into: &canvas, area: area, context: context)
        }
    }

    private func renderList(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let x = area.x + 2, width = area.width - 4
        BrowseListView.renderRows(list: list, index: index, needle: search.needle, into: &canvas, area: area,
                                  context: context)
        if list.isEmpty {
            for (i, line) in BrowseListView.emptyText(filter: filter).wrapped(toWidth: width).enumerated()
            where area.y + 2 + i < area.maxY - 1 {
                canvas.write(line, x: x, y: area.y + 2 + i, style: .muted)
            }
        }
        renderStatus(into: &canvas, area: area, context: context)
    }

    /// The top row: what is shown on the left, the search or month field on the right.
    private func renderStatus(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let x = area.x + 2, width = area.width - 4, y = area.y
        if case .jumping(let field) = mode {
            let label = "Jump to month "
            let used = canvas.write(label, x: x, y: y, style: Style(bold: true))
            let hint = width >= 50 ? "  like 2025-03" : ""
            let fieldWidth = min(16, width - used - hint.displayWidth)
            field.render(into: &canvas, x: x + used, y: y, width: fieldWidth)
            canvas.write(hint, x: x + used + fieldWidth, y: y, style: .muted)
            return
        }
        let count = matchCountText
        if search.isTyping {
            let used = canvas.write("/", x: x, y: y, style: .key)
            let countWidth = count.displayWidth
            let fieldWidth = max(2, min(30, width - used - countWidth - 2))
            search.field.render(into: &canvas, x: x + used, y: y, width: fieldWidth)
            canvas.write(count, x: x + used + fieldWidth + 2, y: y, style: .muted, truncatingTo: width - used - fieldWidth - 2)
            return
        }
        var scope = BrowseListView.scopeText(filter: filter, list: list, index: index, calendar: context.calendar)
        if loading != .loaded { scope += " so far" }
        var right = ""
        if search.isActive {
            let quoted = "“\(search.text.truncated(toWidth: 16))”"
            right = "\(quoted) \(count)"
        }
        let rightWidth = right.displayWidth
        let used = canvas.write(scope, x: x, y: y, style: .muted,
                                truncatingTo: right.isEmpty ? width : max(0, width - rightWidth - 2))
        if !right.isEmpty, used + 2 + rightWidth <= width {
            canvas.write(right, x: x + width - rightWidth, y: y, style: Style(.accent))
        }
    }

    /// "2 of 14", "14 matches", "no matches", or nothing before a search.
    private var matchCountText: String {
        guard search.isActive else { return "" }
        if search.matches.isEmpty { return "no matches" }
        if let ordinal = search.ordinal(of: list.selected) {
            return "\(EntryText.grouped(ordinal)) of \(EntryText.grouped(search.matches.count))"
        }
        return EntryText.count(search.matches.count, "match", "matches")
    }

    private func renderDetail(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        guard let position = list.selectedPosition else { return }
        let place = "\(EntryText.grouped(list.selected + 1)) of \(EntryText.grouped(list.positions.count))"
        EntryDetailView.render(index.records[position], day: index.day(at: position), into: &canvas, area: area,
                               context: context, scroll: detailScroll, needle: search.needle, place: place)
    }

    private func renderEditor(_ editor: EntryEditor, into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let x = area.x + 2, width = area.width - 4
        var y = area.y
        canvas.write("Change this \(editor.kindName)", x: x, y: y, style: Style(bold: true), truncatingTo: width)
        if let position = list.selectedPosition {
            let record = index.records[position]
            let local = record.time.local
            let when = EntryText.heading(day: index.day(at: position), today: context.today, calendar: context.calendar)
            canvas.write("\(when), \(local.hourMinute)", x: x, y: y + 1,
                         style: .muted, truncatingTo: width)
        }
        y = editor.render(into: &canvas, x: x, y: y + 3, width: width, maxY: area.maxY - 1)
        let note = editor.hint ?? "Enter saves. Your first version stays in the journal file."
        for line in note.wrapped(toWidth: width) where y < area.maxY - 1 {
            canvas.write(line, x: x, y: y, style: editor.hint == nil ? .muted : Style(.warm))
            y += 1
        }
    }

    private func renderDeleteQuestion(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        guard let position = list.selectedPosition else { return }
        let record = index.records[position]
        let what = EntryText.isAppreciation(record) ? "this appreciation" : "this \(record.kind.label)"
        let box = area.centered(width: min(area.width - 2, 56), height: 6)
        canvas.fill(box)
        canvas.box(box, title: "Delete?", style: Style(.alert))
        let inner = box.inset(dx: 2, dy: 1)
        canvas.write("Delete \(what)?", x: inner.x, y: inner.y, style: Style(bold: true), truncatingTo: inner.width)
        canvas.write(EntryText.line(of: record, practices: context.data.practices), x: inner.x, y: inner.y + 1, style: .muted, truncatingTo: inner.width)
        canvas.write("y deletes it; any other key keeps it.", x: inner.x, y: inner.y + 3, truncatingTo: inner.width)
    }
}
