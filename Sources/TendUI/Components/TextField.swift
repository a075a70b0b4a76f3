import TendCore

/// A one-line text field: a `LineEditor` with focus, an optional widest
/// width, and (for names) completion from the names already used. Its
/// editing keys come from `LineEditor.keyHelp`, so no screen writes them.
public struct TextField: Component {
    public private(set) var editor: LineEditor
    /// True while keys go here and the cursor shows.
    public var hasFocus: Bool
    /// The widest the field is drawn, whatever the area.
    public var maxWidth: Int?
    /// True for a person's name: the rest of a known name shows muted, Tab or Enter takes it.
    public let completesNames: Bool

    public init(_ text: String = "", limit: Int, maxWidth: Int? = nil, completesNames: Bool = false, hasFocus: Bool = true) {
        editor = LineEditor(text, limit: max(limit, text.count))
        self.maxWidth = maxWidth; self.completesNames = completesNames; self.hasFocus = hasFocus
    }

    public var text: String { editor.text }
    public var isEmpty: Bool { editor.isEmpty }
    /// The text without spaces at its ends, as it is saved.
    public var trimmed: String { editor.text.trimmed() }
    public var keyHelp: ScreenKeys { ScreenKeys(all: LineEditor.keyHelp, footer: []) }

    /// Hands a key to the editor.
    public mutating func handle(_ key: Key) -> LineEditor.Outcome { editor.handle(key) }

    public mutating func set(_ text: String) { editor.set(text) }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        guard case .keyPressed(let key) = event else { return [] }
        if case .refused = handle(key) { return [.bell] }
        return []
    }

    /// Takes the known spelling of a name that was typed in part.
    public mutating func completeName(_ context: ScreenContext) {
        guard completesNames, let name = NameCompletion.match(for: text, among: context.data.journal.people) else { return }
        editor.set(name)
    }

    /// The width the field takes in an area `width` columns wide.
    public func width(in width: Int) -> Int { min(width, maxWidth ?? width) }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        guard !area.isEmpty else { return }
        let suggestion = completesNames && hasFocus
            ? NameCompletion.suggestion(for: text, among: context.data.journal.people) : nil
        editor.render(into: &canvas, x: area.x, y: area.y, width: width(in: area.width), suggestion: suggestion,
                      hasFocus: hasFocus)
    }

    /// The hint when a paste would pass the field's limit.
    public static func refusedHint(_ limit: Int) -> String {
        "That is more than \(Plural.count(limit, "character")); nothing was pasted."
    }
}

/// A text area: the same editor drawn over a few rows, wrapped at spaces,
/// so a sentence can be read whole while it is written.
public struct TextArea: Component {
    public private(set) var editor: LineEditor
    public var hasFocus: Bool
    /// The most rows it grows to.
    public var maxRows: Int

    public init(_ text: String = "", limit: Int, maxRows: Int = 3, hasFocus: Bool = true, writesAtLength: Bool = false) {
        editor = LineEditor(text, limit: max(limit, text.count), writesAtLength: writesAtLength)
        self.maxRows = maxRows; self.hasFocus = hasFocus
    }

    public var text: String { editor.text }
    public var isEmpty: Bool { editor.isEmpty }
    public var trimmed: String { editor.text.trimmed() }
    public var keyHelp: ScreenKeys {
        ScreenKeys(all: LineEditor.keyHelp + (editor.writesAtLength ? [LineEditor.editorKeyHelp] : []), footer: [])
    }

    public mutating func handle(_ key: Key) -> LineEditor.Outcome { editor.handle(key) }

    /// The words written in the editor, line breaks kept.
    public mutating func take(edited text: String) -> LineEditor.Outcome { editor.take(edited: text) }

    public mutating func update(_ event: Event, context: ScreenContext) -> [Effect] {
        guard case .keyPressed(let key) = event else { return [] }
        if case .refused = handle(key) { return [.bell] }
        return []
    }

    /// The rows it takes at `width` columns, at most `maxRows` and `limit`.
    public func height(width: Int, limit: Int = .max) -> Int {
        editor.rowsNeeded(width: width, limit: min(maxRows, limit))
    }

    public func render(into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        editor.renderWrapped(into: &canvas, x: area.x, y: area.y, width: area.width, rows: area.height, hasFocus: hasFocus)
    }
}

extension LineEditor {
    /// The editing keys every field answers, for `?` (from `handle`).
    public static let keyHelp: [KeyHelp] = [
        KeyHelp("Ctrl-A/E", "start or end of line"), KeyHelp("Alt-B/F", "word back or forward"),
        KeyHelp("Ctrl-W", "delete a word"), KeyHelp("Ctrl-U/K", "delete to start or end"),
    ]
    /// In the fields made for writing at length, which answer `.wantsEditor`.
    public static let editorKeyHelp = KeyHelp("Ctrl-X Ctrl-E", "write it at length in your editor ($EDITOR)")
}
