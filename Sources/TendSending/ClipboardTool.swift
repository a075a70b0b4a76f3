import TendProcess
/// A program that can put text on a clipboard, and when it applies.
public struct ClipboardTool: Hashable, Sendable {
    /// The name users know it by, also the program looked up on PATH.
    public var name: String
    /// Ways to call it with the text on standard input, tried in turn.
    public var argumentSets: [[String]]

    /// In the order they are tried: Wayland, X11, macOS, then tmux's own
    /// buffer (which `-w` also hands to the outer terminal where tmux can).
    /// Each only where its session is: no display, no X11 tool.
    public static func candidates(environment: [String: String]) -> [ClipboardTool] {
        func has(_ key: String) -> Bool { !(environment[key] ?? "").isEmpty }
        var tools: [ClipboardTool] = []
        if has("WAYLAND_DISPLAY") { tools.append(ClipboardTool(name: "wl-copy", argumentSets: [["wl-copy"]])) }
        if has("DISPLAY") {
            tools.append(ClipboardTool(name: "xclip", argumentSets: [["xclip", "-selection", "clipboard", "-in"]]))
            tools.append(ClipboardTool(name: "xsel", argumentSets: [["xsel", "--clipboard", "--input"]]))
        }
        tools.append(ClipboardTool(name: "pbcopy", argumentSets: [["pbcopy"]]))
        if has("TMUX") {
            // tmux before 3.2 has no -w; the plain form still fills its paste buffer.
            tools.append(ClipboardTool(name: "tmux", argumentSets: [["tmux", "load-buffer", "-w", "-"], ["tmux", "load-buffer", "-"]]))
        }
        return tools.filter { ExecutableSearch.find($0.name, environment: environment) != nil }
    }
}
