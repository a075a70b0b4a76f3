/// How Tend looks (`[display]`).
public struct DisplayOptions: Hashable, Sendable {
    /// False: the doorway pause is calm and static, with no breathing motion.
    public var animation: Bool
    /// The colours: for a dark or a light background, or `auto` to find out.
    public var theme: Theme

    public init(animation: Bool = true, theme: Theme = .auto) { self.animation = animation; self.theme = theme }
}

/// `[display] theme`: which background the colours are chosen for.
public enum Theme: String, CaseIterable, Hashable, Sendable {
    /// Ask `COLORFGBG`, then the terminal; when neither says, colours that read on both.
    case auto
    case dark, light
}
