import Foundation
import TendCore
import TendUI

/// Drives `AppState` with events and reads the screen back as text, the way
/// screen tests do: no terminal, no files, no real clock. Saves are answered
/// as the runtime would, into `saved`, or fail when `savesFail` is set.
public struct AppHarness {
    public var state: AppState
    /// Effects that went out to the runtime, in order.
    public private(set) var effects: [Effect] = []
    /// Records the app saved.
    public private(set) var saved: [Record] = []
    public var savesFail = false
    /// When true, another process has already offered every prompt.
    public var promptsTakenElsewhere = false
    /// What `loadHistory` answers with: the whole journal, oldest first.
    public var history: [Record] = []

    public init(root: any Screen, size: Size = Size(width: 80, height: 24), context: ScreenContext = Fixtures.context()) {
        state = AppState(root: root, context: context, size: size)
    }

    /// Builds the root from the context (screens that read the journal at start).
    public init(size: Size = Size(width: 80, height: 24), context: ScreenContext = Fixtures.context(),
                root: (ScreenContext) -> any Screen) {
        self.init(root: root(context), size: size, context: context)
    }

    /// Sends key presses, one event each.
    public mutating func press(_ keys: Key...) { for key in keys { send(.keyPressed(key)) } }

    /// Types text character by character.
    public mutating func type(_ text: String) { for c in text { send(.keyPressed(.character(c))) } }

    public mutating func resize(_ size: Size) { send(.resized(size)) }

    /// Moves both clocks on and delivers the tick.
    public mutating func advance(by seconds: Double) { send(.ticked(state.context.now.advanced(by: seconds))) }

    public mutating func send(_ event: Event) {
        var pending = [event]
        while !pending.isEmpty {
            for effect in state.update(pending.removeFirst()) {
                effects.append(effect)
                if case .loadHistory = effect { pending.append(.historyLoaded(history)); continue }
                if case .claimPrompt(let due) = effect {
                    pending.append(.promptClaimed(due, isOurs: !promptsTakenElsewhere))
                    continue
                }
                guard case .save(let payload) = effect else { continue }
                if savesFail {
                    pending.append(.saveFailed(payload, message: "Not saved: the disk is full (test). Your words are still here."))
                } else {
                    let time = LocalTime(state.context.now.wall, in: state.context.calendar.timeZone)
                    let record = Record(payload, at: time)
                    saved.append(record)
                    pending.append(.recordSaved(record))
                }
            }
        }
    }

    /// The screen as plain text.
    public var screen: String {
        var canvas = Canvas(size: state.size)
        state.render(into: &canvas)
        return canvas.text
    }
}
