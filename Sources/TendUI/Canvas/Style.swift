/// The roles a piece of text plays. The terminal maps them to colours from a
/// small fixed palette (or to plain attributes under `NO_COLOR`).
public enum ColorRole: Int, CaseIterable, Hashable, Sendable {
    case normal, accent, muted, good, warm, alert, highlight
}

/// How one cell looks.
public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var isBold: Bool
    public var isDim: Bool
    public var isReversed: Bool
    public var isUnderlined: Bool

    public init(_ role: ColorRole = .normal, bold: Bool = false, dim: Bool = false,
                reversed: Bool = false, underlined: Bool = false) {
        self.role = role; isBold = bold; isDim = dim; isReversed = reversed; isUnderlined = underlined
    }

    public static let plain = Style()
    public static let title = Style(.accent, bold: true)
    public static let muted = Style(.muted)
    public static let key = Style(.accent, bold: true)
    public static let selected = Style(.highlight, reversed: true)
}
