import CNcursesw

/// The fixed colour palette: a few pairs on the terminal's own background,
/// so text stays readable on dark and light themes and in 8 colours. Under
/// `NO_COLOR` (or without colour support) roles become plain attributes.
struct Palette {
    let usesColor: Bool

    init(environment: [String: String]) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        guard !noColor, has_colors() else { usesColor = false; return }
        start_color()
        use_default_colors()
        for role in ColorRole.allCases {
            if let color = Self.foreground(role) { init_pair(Int16(role.rawValue), color, -1) }
        }
        usesColor = true
    }

    /// The attributes and pair for a style.
    func attributes(for style: Style) -> (attrs: attr_t, pair: Int16) {
        var attrs = tend_a_normal()
        if style.isBold { attrs |= tend_a_bold() }
        if style.isDim { attrs |= tend_a_dim() }
        if style.isReversed { attrs |= tend_a_reverse() }
        if style.isUnderlined { attrs |= tend_a_underline() }
        switch style.role {
        case .muted: attrs |= tend_a_dim()
        case .highlight: attrs |= tend_a_reverse()
        case .accent, .alert: if !usesColor { attrs |= tend_a_bold() }
        case .normal, .good, .warm: break
        }
        let hasPair = usesColor && Self.foreground(style.role) != nil
        return (attrs, hasPair ? Int16(style.role.rawValue) : 0)
    }

    /// Colours chosen for both backgrounds: no yellow or white text, no blue on black.
    private static func foreground(_ role: ColorRole) -> Int16? {
        switch role {
        case .normal, .muted, .highlight: return nil
        case .accent: return Int16(COLOR_CYAN)
        case .good: return Int16(COLOR_GREEN)
        case .warm: return Int16(COLOR_MAGENTA)
        case .alert: return Int16(COLOR_RED)
        }
    }
}
