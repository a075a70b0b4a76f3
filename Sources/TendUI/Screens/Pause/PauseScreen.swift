import TendCore

/// The doorway pause: choose an intention, then a guided breath of a few
/// seconds. Time comes from the monotonic clock and the start instant, so the
/// guide never drifts; any key cancels, and either way the pause is logged.
public struct PauseScreen: Screen {
    enum Stage: Equatable {
        case choosing
        case running(startedAt: Double)
        case finished(Pause.Outcome, seconds: Double, at: Double)
    }

    /// How long the closing words stay before a pause started from the shell returns to it.
    static let closingMoment = 1.5

    public let title = "Doorway pause"
    /// Every pause is logged, finished or stopped; one after another may be on its way.
    static let saveTag: SaveTag = "pause"
    private(set) var stage = Stage.choosing
    private(set) var intention = 0
    /// How many pauses were started on this screen; cues take turns by it,
    /// starting from one that changes each day.
    private(set) var runs = 0
    private let breath: BreathView
    private var plan: BreathPlan { breath.plan }
    private let endsApp: Bool
    /// Pauses that reached the journal, for the line left in the shell.
    private var saved: [Pause] = []

    /// - Parameters:
    ///   - seconds: the length of the pause.
    ///   - intention: when given, the pause starts at once with it.
    ///   - endsApp: true when started from the shell (`tend pause`).
    ///   - animated: overrides the config's `display.animation`.
    public init(seconds: Int = 5, intention: Intention? = nil, animated: Bool? = nil, endsApp: Bool = false,
                context: ScreenContext) {
        breath = BreathView(plan: BreathPlan(duration: Double(seconds)), isAnimated: animated ?? context.allowsMotion)
        self.endsApp = endsApp
        if let intention {
            self.intention = Intention.allCases.firstIndex(of: intention) ?? 0
            stage = .running(startedAt: context.now.uptime)
            runs = 1
        } else if let morning = context.data.journal.checkIns(on: context.today).last?.checkIn.intention {
            // Today's intention from the morning check-in comes first.
            self.intention = Intention.allCases.firstIndex(of: morning) ?? 0
        }
    }

    enum Intent: Sendable { case left, right, digit(Int), start, again, done }

    private var keys: KeyMap<Intent> {
        switch stage {
        case .choosing:
            return KeyMap([
                KeyBinding([.left, .character("h"), .up, .character("k")], "←/h", "previous intention", .left),
                KeyBinding([.right, .character("l"), .down, .character("j")], "→/l", "next intention", .right),
                KeyBinding([.character("1"), .character("2"), .character("3")], "1-3", "choose and begin", .digit(0)),
                KeyBinding([.enter], "Enter", "begin the pause", .start, footer: "begin"),
                KeyBinding([.escape, .character("q")], "Esc", "go back", .done, footer: "back"),
            ])
        case .running:
            return KeyMap([])
        case .finished:
            return KeyMap([
                KeyBinding([.enter, .character("a")], "Enter", "pause again", .again, footer: "again"),
                KeyBinding([.escape, .character("q"), .character("d")], "Esc", "done", .done, footer: "done"),
            ])
        }
    }

    public var keyHelp: ScreenKeys {
        if case .running = stage { return ScreenKeys(all: [KeyHelp("any key", "stop the pause")], footer: [KeyHelp("any key", "stop")]) }
        return keys.keyHelp
    }

    /// While the breath runs, every key (even `?`) stops it.
    public var isTakingText: Bool { if case .running = stage { return true } else { return false } }
    public var offersHelp: Bool { !isTakingText }

    public func nextFrame(after now: Moment) -> Moment? {
        if case .finished(_, _, let end) = stage, endsApp {
            return now.advanced(by: max(0.001, end + Self.closingMoment - now.uptime))
        }
        guard case .running(let start) = stage else { return nil }
        return now.advanced(by: breath.secondsToNextFrame(elapsed: now.uptime - start))
    }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        switch event {
        case .ticked(let now):
            if case .running(let start) = stage, now.uptime - start >= plan.duration {
                return finish(.completed, seconds: plan.duration, at: now.uptime)
            }
            if case .finished(_, _, let end) = stage, endsApp, now.uptime - end >= Self.closingMoment {
                return backToTheShell(context)
            }
            return []
        case .saved(Self.saveTag, .success(let record)):
            if case .pause(let pause) = record.payload { saved.append(pause) }
            return []
        case .keyPressed(let key):
            if case .running(let start) = stage {
                return finish(.cancelled, seconds: max(0, context.now.uptime - start), at: context.now.uptime)
            }
            return handle(key, context: context)
        default:
            return []
        }
    }

    private mutating func handle(_ key: Key, context: ScreenContext) -> [Effect] {
        if case .choosing = stage, let c = key.typedCharacter, let n = Int(String(c)), (1...3).contains(n) {
            intention = n - 1
            return begin(context)
        }
        guard let intent = keys.intent(for: key) else { return [] }
        switch intent {
        case .left: intention = max(0, intention - 1)
        case .right: intention = min(Intention.allCases.count - 1, intention + 1)
        case .start, .again, .digit: return begin(context)
        case .done: return endsApp ? backToTheShell(context) : [.pop]
        }
        return []
    }

    /// Ends a pause started from the shell, leaving a line there about what was saved.
    private func backToTheShell(_ context: ScreenContext) -> [Effect] {
        guard let pause = saved.first else { return [.quit(status: 0)] }
        let words = context.data.prompts.shell
        let line: String
        if saved.count > 1 {
            line = SendingWords.fill(words.pauses, ["count": "\(saved.count)"])
        } else if pause.outcome == .completed {
            line = SendingWords.fill(words.pause, ["seconds": "\(pause.plannedSeconds)"])
        } else {
            line = SendingWords.fill(words.pauseStopped, ["seconds": "\(Int(pause.actualSeconds.rounded()))",
                                                        "planned": Plural.count(pause.plannedSeconds, "second")])
        }
        return [.leaveWord(line), .quit(status: 0)]
    }

    private mutating func begin(_ context: ScreenContext) -> [Effect] {
        stage = .running(startedAt: context.now.uptime)
        runs += 1
        return []
    }

    private mutating func finish(_ outcome: Pause.Outcome, seconds: Double, at end: Double) -> [Effect] {
        stage = .finished(outcome, seconds: seconds, at: end)
        let rounded = (seconds * 100).rounded() / 100
        return [.save(.pause(Pause(intention: Intention.allCases[intention], plannedSeconds: Int(plan.duration),
                                   actualSeconds: rounded, outcome: outcome)), tag: Self.saveTag)]
    }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.pause
        let guide = context.data.prompts.intentions
        let chosen = Intention.allCases[intention]
        switch stage {
        case .choosing:
            // Blank rows around the question only when the summary still fits below.
            let gap = area.height >= 10 ? 1 : 0
            var flow = Flow(area.content.dropping(top: gap))
            canvas.write(words.arrive, in: flow.next(), style: Style(.warm, bold: true))
            flow.skip()
            canvas.write(words.choose, in: flow.next(), style: Style(bold: true))
            flow.skip(gap)
            let options = Intention.allCases.map { guide.label(of: $0) }
            ChoiceRow.render(into: &canvas, area: flow.next(ChoiceRow.height(options: options, width: flow.rest.width)),
                             options: options, selected: intention)
            flow.skip()
            flow.place(Paragraph(guide.summary(of: chosen), style: .muted), into: &canvas)
        case .running(let start):
            breath.render(into: &canvas, area: area, elapsed: context.now.uptime - start, words: words,
                          cue: guide.pauseCue(for: chosen, count: context.dayNumber + runs - 1))
        case .finished(let outcome, let seconds, _):
            // A little above the middle: the outcome, what a stop means, and the intention.
            var flow = Flow(area.dropping(top: max(1, area.height / 2 - 2)))
            func centred(_ text: String, style: Style) {
                let row = flow.next()
                if !row.isEmpty { canvas.writeCentered(text, in: area, y: row.y, style: style) }
            }
            if outcome == .completed {
                centred(words.done, style: Style(.good, bold: true))
            } else {
                centred(words.stopped(after: Int(seconds.rounded()), of: Int(plan.duration)), style: Style(bold: true))
                for line in words.stoppedNote.wrapped(toWidth: area.content.width) { centred(line, style: .muted) }
            }
            flow.skip()
            centred(guide.label(of: chosen), style: .muted)
        }
    }
}
