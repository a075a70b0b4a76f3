/// A key press, decoded at the edge from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    /// Ctrl plus a letter, e.g. `.control("a")` for Ctrl-A.
    case control(Character)
    /// Alt (Meta) plus a character, sent by terminals as ESC then the character.
    case alt(Character)
    case function(Int)
    /// Text pasted while bracketed paste was on: one event, never keystrokes.
    case paste(String)
    case wheelUp, wheelDown

    /// The printable character this key types, if any.
    public var typedCharacter: Character? {
        if case .character(let c) = self { return c }
        return nil
    }
}
