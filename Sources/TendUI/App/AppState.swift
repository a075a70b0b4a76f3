import TendCore

/// The whole state of the app, as a value: a stack of screens, the time and
/// size they see, and a short note for the user. `update` is pure; the run
/// loop is the only code that performs the effects it returns.
public struct AppState: Sendable {
    /// The smallest window Tend lays out a full screen in.
    public static let minimumSize = Size(width: 40, height: 12)
    /// The exit status after leaving with Ctrl-C, as if SIGINT had ended the app.
    public static let interruptedStatus: Int32 = 128 + 2

    public private(set) var screens: [any Screen]
    /// The route each screen was opened by (nil for a root handed in built).
    public private(set) var routes: [Route?]
    public var context: ScreenContext
    public private(set) var size: Size
    public private(set) var report: Report?
    /// Set once the app should end.
    public private(set) var exitStatus: Int32?
    /// Scheduled prompts being offered over whatever screen is open.
    public private(set) var banner = PromptBanner()
    /// True after a Ctrl-C with words on screen: a second one leaves, any other key stays.
    public private(set) var isAskingToLeave = false
    /// The draft on disk for the ritual being written.
    private var drafts = DraftKeeper()

    /// Opens on `root`, with any unfinished ritual from an earlier session
    /// offered over it (all of them over home; the root's own kind over a
    /// ritual started from the shell).
    public init(root: any Screen, context: ScreenContext, size: Size) {
        self.init(root: root, route: root is HomeScreen ? .home : nil, context: context, size: size)
    }

    /// Opens on the screen `root` names, built by `ScreenFactory`.
    public init(root: Route, context: ScreenContext, size: Size) {
        var sized = context
        sized.size = size
        self.init(root: ScreenFactory.make(root, context: sized), route: root, context: context, size: size)
    }

    private init(root: any Screen, route: Route?, context: ScreenContext, size: Size) {
        screens = [root]; routes = [route]; self.context = context; self.size = size
        self.context.size = size
        if root is HomeScreen, self.context.isReflectionWaiting { open(.reflection()) }
        for offer in DraftOfferScreen.offers(over: root, drafts: context.data.drafts) { open(offer) }
    }

    /// The screen on top, the one that gets keys.
    public var top: any Screen { screens[screens.count - 1] }
    /// The route the top screen was opened by.
    public var topRoute: Route? { routes[routes.count - 1] }

    /// Prompts are offered (claimed, shown and answered) only in a session
    /// that began at home: a ritual started from the shell ends at the shell,
    /// where a prompt could never be answered, so it must not be used up.
    private var offersPrompts: Bool { screens.first is HomeScreen }

    /// Reacts to an event; returns the effects the runtime must carry out.
    public mutating func update(_ event: Event) -> [Effect] {
        let effects = react(to: event)
        return effects + drafts.sync(with: screens, at: context.now)
    }

    private mutating func react(to event: Event) -> [Effect] {
        switch event {
        case .resized(let newSize):
            size = newSize
            context.size = newSize
            return []
        case .ticked(let moment):
            context.now = moment
            var screen = screens.removeLast()
            let effects = screen.update(event, context: context)
            screens.append(screen)
            return apply(effects) + (offersPrompts ? banner.check(context) : [])
        case .promptClaimed(let due, let isOurs):
            if isOurs { context.data.fired.insert(due.firing) }
            banner.claimed(due, isOurs: isOurs)
            return []
        case .keyPressed(let key):
            report = nil
            if key == .control("c") { return interrupt() }
            isAskingToLeave = false
            if bannerTakesKeys, let answer = bannerAnswer(for: key) {
                return apply(banner.answer(answer, context: context))
            }
            if top.offersHelp, key == .function(1) || (!top.isTakingText && key == .character("?")) {
                return apply([.push(.help)])
            }
        case .effectReported(let newReport):
            report = newReport
        case .saved(_, .success(let record)):
            context.data.journal.add(record)
            context.data.letters.note(record)
            banner.forgetDone(context)
        case .saved(_, .failure(let failure)):
            report = Report(failure.message, tone: .problem)
        case .historyLoaded, .sendPrepared, .sendFinished, .textCopied, .textEdited(_, .success):
            break
        case .textEdited(_, .failure(let failure)):
            report = Report(failure.message, tone: .problem)
        case .lettersLoaded(let letters):
            context.data.letters = letters
        case .practicesChanged(let preferences):
            context.data.config.practices = preferences
        case .journalReloaded(let journal, let fired):
            context.data.journal = journal
            context.data.fired.formUnion(fired)
        }
        var screen = screens.removeLast()
        let effects = screen.update(event, context: context)
        screens.append(screen)
        return apply(effects)
    }

    /// Ctrl-C: leaves at once when nothing would be lost; with words on
    /// screen it asks first, as Esc does, and a second Ctrl-C leaves. The
    /// draft stays on disk for next time.
    private mutating func interrupt() -> [Effect] {
        if screens.contains(where: \.hasDraft), !isAskingToLeave {
            isAskingToLeave = true
            return []
        }
        exitStatus = Self.interruptedStatus
        return drafts.kept.map { [.leaveWord(DraftWords.keptLine(for: $0))] } ?? []
    }

    /// Handles navigation here and hands every other effect back.
    private mutating func apply(_ effects: [Effect]) -> [Effect] {
        var outside: [Effect] = []
        for effect in effects {
            switch effect {
            case .push(let route): open(route)
            case .replace(let route):
                let screen = ScreenFactory.make(route, context: context, below: screens.dropLast().last)
                screens[screens.count - 1] = screen
                routes[routes.count - 1] = route
            case .pop:
                if screens.count > 1 { screens.removeLast(); routes.removeLast() } else { exitStatus = 0 }
            case .quit(let status): exitStatus = status
            case .report(let newReport): report = newReport
            case .bell, .copy, .save, .loadHistory, .claimPrompt, .keepDraft, .dropDraft, .leaveWord,
                 .prepareSend, .send, .copyText, .loadLetters, .setPractice, .editText:
                outside.append(effect)
            }
        }
        return outside
    }

    /// Builds the screen for `route` over the top one.
    private mutating func open(_ route: Route) {
        screens.append(ScreenFactory.make(route, context: context, below: top))
        routes.append(route)
    }

    /// A due prompt answers keys only on home: inside a ritual or a repair
    /// the screen's own Enter and Esc must not start or dismiss something else.
    private var bannerTakesKeys: Bool {
        banner.current != nil && offersPrompts && screens.count == 1 && top is HomeScreen && !top.isTakingText
    }

    private func bannerAnswer(for key: Key) -> PromptBanner.Answer? {
        switch key {
        case .enter: return .start
        case .character("s"): return .snooze
        case .escape: return .dismiss
        default: return nil
        }
    }

    /// When the app next needs to wake: the top screen's next frame, the
    /// next prompt, or the next minute for the clock in the header.
    public func nextWake() -> Moment {
        let now = context.now
        let seconds = now.wall.timeIntervalSinceReferenceDate
        var wake = now.advanced(by: 60 - seconds.truncatingRemainder(dividingBy: 60))
        if let frame = top.nextFrame(after: now), frame.uptime < wake.uptime { wake = frame }
        if offersPrompts, let prompt = banner.nextWake(context) {
            let due = now.advanced(by: max(0, prompt.timeIntervalSince(now.wall)))
            if due.uptime < wake.uptime { wake = due }
        }
        return wake
    }

    /// Draws everything: header, the top screen, the note, the footer.
    public func render(into canvas: inout Canvas) {
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            TooSmallView.render(into: &canvas, minimum: Self.minimumSize)
            return
        }
        Chrome.renderHeader(into: &canvas, title: screens.count > 1 ? top.title : nil, context: context)
        top.render(into: &canvas, area: context.body, context: context)
        if isAskingToLeave {
            let question = drafts.kept.map(DraftWords.leaveQuestion(keeping:)) ?? "Leave without saving?"
            Chrome.renderReport(Report(question, tone: .problem), into: &canvas, row: size.height - 3)
            Chrome.renderFooter(into: &canvas, keys: [KeyHelp("Ctrl-C", "leave"), KeyHelp("any other key", "stay")])
            return
        }
        let isAnsweringPrompt = bannerTakesKeys
        if let due = banner.current, offersPrompts {
            let note = isAnsweringPrompt ? "" : "waits until you finish"
            Chrome.renderBanner(banner.text(for: due, zone: context.zone, prompts: context.data.prompts),
                                shorter: banner.shortText(for: due, zone: context.zone, prompts: context.data.prompts),
                                keys: note, into: &canvas, row: size.height - 3)
        } else if let report {
            Chrome.renderReport(report, into: &canvas, row: size.height - 3)
        }
        // While a prompt waits for an answer, its keys are the ones that matter.
        if isAnsweringPrompt {
            Chrome.renderFooter(into: &canvas, keys: banner.currentKeys)
            return
        }
        let helpKey = top is HelpScreen || !top.offersHelp ? [] : [KeyHelp(top.isTakingText ? "F1" : "?", "help")]
        Chrome.renderFooter(into: &canvas, keys: top.keyHelp.footer + helpKey)
    }
}
