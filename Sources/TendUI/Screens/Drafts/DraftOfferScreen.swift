import TendCore

/// "You were writing to Zoë: keep going / discard". Shown on start for an
/// unfinished ritual an earlier session left (a closed terminal, a signal,
/// a crash, or Ctrl-C). Keeping going opens the ritual with every word and
/// choice back in place; discarding removes the draft; Esc leaves it for
/// next time, untouched.
public struct DraftOfferScreen: Screen {
    public let title = "Where you left off"
    let offered: Draft
    /// True over a ritual started from the shell: keeping going takes that ritual's place.
    let replacesRoot: Bool

    public init(offering draft: Draft, replacesRoot: Bool) {
        offered = draft
        self.replacesRoot = replacesRoot
    }

    /// The offers to open over `root`: every draft over home (newest on
    /// top), and over a ritual started from the shell the newest of its own kind.
    static func offers(over root: any Screen, drafts: [Draft]) -> [Route] {
        if root is HomeScreen { return drafts.reversed().map { .draftOffer($0, replacesRoot: false) } }
        guard let kind = root.draftKind, let newest = drafts.first(where: { $0.kind == kind }) else { return [] }
        return [.draftOffer(newest, replacesRoot: true)]
    }

    enum Intent: Sendable { case keepGoing, discard, later }

    private static let keys = KeyMap<Intent>([
        KeyBinding([.enter], "Enter", "keep going where you left off", .keepGoing, footer: "keep going"),
        KeyBinding([.character("d")], "d", "discard these words", .discard, footer: "discard"),
        // Esc is in the body and in help; the footer keeps room for the two that decide.
        KeyBinding([.escape, .character("q")], "Esc", "not now (offered again next time)", .later),
    ])

    public var keyHelp: ScreenKeys { Self.keys.keyHelp }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        guard case .keyPressed(let key) = event, let intent = Self.keys.intent(for: key) else { return [] }
        switch intent {
        case .keepGoing:
            let resumed = Route.resume(offered, endsApp: replacesRoot)
            return replacesRoot ? [.pop, .replace(resumed)] : [.replace(resumed)]
        case .discard:
            return [.dropDraft(id: offered.id), .report(Report("Discarded.")), .pop]
        case .later:
            return [.report(Report("Kept for next time.")), .pop]
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        // Blank rows between the parts only when the window has them to spare.
        let gap = area.height >= 12 ? 1 : 0
        var flow = Flow(area.content.dropping(top: gap))
        flow.place(Paragraph(DraftWords.headline(for: offered), style: Style(.warm, bold: true)), into: &canvas)
        flow.skip()
        if let glimpse = DraftWords.glimpse(of: offered) {
            // Room for the three answers below it; a long draft shows its start.
            let glimpse = Paragraph(glimpse, overflowMark: "…")
            let rows = max(1, min(4, flow.rest.dropping(bottom: 4).height))
            glimpse.render(into: &canvas, area: flow.next(glimpse.height(width: flow.rest.width, limit: rows)))
            flow.skip(gap)
        }
        // The answers in the body too: a narrow footer cannot hold all three.
        for (keys, action) in [("Enter", "keep going"), ("d", "discard"), ("Esc", "not now")] {
            let columns = Layout.columns(flow.next(), [.fixed(7), .fill])
            canvas.write(keys, in: columns[0], style: .key)
            canvas.write(action, in: columns[1])
        }
    }
}
