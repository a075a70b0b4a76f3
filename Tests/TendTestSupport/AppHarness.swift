import TendUI

/// Drives `AppState` with events and reads the screen back as text, the way
/// screen tests do: no terminal, no files, no real clock.
public struct AppHarness {
    public var state: AppState
    /// Effects that went out to the runtime, in order.
    public private(set) var effects: [Effect] = []

    public init(root: any Screen, size: Size = Size(width: 80, height: 24), context: ScreenContext = Fixtures.context()) {
        state = AppState(root: root, context: context, size: size)
    }

    /// Sends key presses, one event each.
    public mutating func press(_ keys: Key...) { for key in keys { effects += state.update(.keyPressed(key)) } }

    /// Types text character by character.
    public mutating func type(_ text: String) { for c in text { effects += state.update(.keyPressed(.character(c))) } }

    public mutating func resize(_ size: Size) { effects += state.update(.resized(size)) }

    public mutating func send(_ event: Event) { effects += state.update(event) }

    /// The screen as plain text.
    public var screen: String {
        var canvas = Canvas(size: state.size)
        state.render(into: &canvas)
        return canvas.text
    }
}
