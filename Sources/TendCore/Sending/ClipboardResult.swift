/// What copying to the clipboard achieved, told honestly.
public enum ClipboardResult: Hashable, Sendable {
    /// A clipboard program took the text and said so (`wl-copy`, `xclip`,
    /// `xsel`, `pbcopy`, or `tmux` for its own paste buffer).
    case copied(tool: String)
    /// Only the terminal was asked, with OSC 52; many terminals ignore it.
    case askedTerminal
    /// Nothing here can reach a clipboard; the text has to be shown so it
    /// can be selected with the mouse.
    case unavailable
}
