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
    var loading = Loading.waiting
    var index = BrowseIndex()
    var filter = BrowseFilter()
    var list = BrowseList()
    var search = BrowseSearch()
    var mode = Mode.list
    var detailScroll = 0
    var saves = PendingSaves()
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

    // MARK: Update

    public var keyHelp: ScreenKeys {
        if case .sending(let flow, _) = mode { return flow.keyHelp }
        let help = keys.keyHelp
        guard isTakingText else { return help }
        let writing = LineEditor.keyHelp + (editingLongField ? [LineEditor.editorKeyHelp] : [])
        return help.merged(with: ScreenKeys(all: writing, footer: []))
    }

    /// True while the field being edited holds sentences, which open in the editor.
    private var editingLongField: Bool {
        if case .editing(let editor, _) = mode { return editor.editRequest != nil }
        return false
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
        case .textEdited(let request, .success(let text)):
            guard case .editing(var editor, let fromDetail) = mode else { return [] }
            let outcome = editor.take(edited: text, into: request.field)
            mode = .editing(editor, fromDetail: fromDetail)
            guard case .refused(let limit) = outcome else { return [] }
            return [.bell, .report(Report(context.data.prompts.editor.tooLong(limit: limit),
                                          tone: .problem))]
        case .ticked:
            if loading == .waiting { loading = .armed; return [] }
            return requestHistory()
        case .keyPressed(let key):
            return requestHistory() + handle(key, context: context)
        default:
            return []
        }
    }

    mutating func requestHistory() -> [Effect] {
        guard loading == .waiting || loading == .armed else { return [] }
        loading = .requested
        return [.loadHistory]
    }

    /// Takes the whole journal, keeping the selection on the same entry.
    mutating func loaded(_ records: [Record], context: ScreenContext) {
        let selectedID = list.selectedPosition.map { index.records[$0].id }
        index = BrowseIndex(records: records, practices: context.data.practices)
        loading = .loaded
        rebuild(keeping: selectedID.flatMap(index.position(of:)), context: context)
    }

    /// Rebuilds the list after the filter or the entries changed, keeping the
    /// selection on `position` (or the entry after it) when given.
    mutating func rebuild(keeping position: Int?, context: ScreenContext) {
        list = BrowseList(index: index, filter: filter)
        list.select(position: position ?? 0, height: BrowseLayout.listHeight(context))
        if search.isActive { search.refresh(in: list, index: index) }
    }

    mutating func saved(_ record: Record, wasOurs wasSaving: Bool, context: ScreenContext) -> [Effect] {
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

    mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        guard let intent = keys.intent(for: key) else { return typed(key, context: context) }
        if intent == .leave { return [.pop] }
        if intent == .write { return [.replace(.thanks())] }
        if intent == .letters { return LettersLine.open(context) }
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
    static func refused(_ limit: Int) -> [Effect] {
        [.bell, .report(Report("Not pasted: \(limit) characters at most.", tone: .problem))]
    }

    /// Keys no binding claims: text for a field, or (deleting) a "no".
    mutating func typed(_ key: Key, context: ScreenContext) -> [Effect] {
        switch mode {
        case .list where search.isTyping:
            let outcome = search.handle(key)
            if case .refused(let limit) = outcome { return Self.refused(limit) }
            if outcome == .edited {
                search.refresh(in: list, index: index)
                list.select(search.match(atOrAfter: search.origin) ?? search.origin, height: BrowseLayout.listHeight(context))
            }
        case .editing(var editor, let fromDetail):
            let outcome = editor.handle(key)
            mode = .editing(editor, fromDetail: fromDetail)
            if case .refused(let limit) = outcome { return Self.refused(limit) }
            if outcome == .wantsEditor, let request = editor.editRequest { return [.editText(request)] }
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
}
