/// A key press, decoded at the edge from whatever the terminal sent.
public indirect enum Key: Hashable, Sendable {
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// Ctrl plus a letter, e.g. `.control("a")` for Ctrl-A.
    case control(Character)
    /// Alt (Meta) plus a character, sent by terminals as ESC then the character.
    case alt(Character)
    case function(Int)
    /// A named key held with Shift, Alt or Ctrl, as `ESC [1;5C` (Ctrl-Right)
    /// says. A key map with no binding for it falls back to the plain key.
    case modified(Key, KeyModifiers)
    /// Text pasted while bracketed paste was on: one event, never keystrokes.
    case paste(String)
    /// A paste too large for any field: its bytes were dropped as they came,
    /// so the screen can say so instead of freezing on it.
    case oversizedPaste(byteCount: Int)
    case wheelUp, wheelDown

    /// The printable character this key types, if any.
    public var typedCharacter: Character? {
        if case .character(let c) = self { return c }
        return nil
    }

    /// The key without its modifiers: Ctrl-Right is Right.
    public var unmodified: Key {
        if case .modified(let key, _) = self { return key.unmodified }
        return self
    }

    /// The key with `modifiers` added; Shift-Tab is Back-Tab, and no modifiers is the key itself.
    public func with(_ modifiers: KeyModifiers) -> Key {
        if modifiers.isEmpty { return self }
        if self == .tab, modifiers == .shift { return .backTab }
        return .modified(self, modifiers)
    }
}
