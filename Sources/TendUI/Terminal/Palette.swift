import CNcursesw

/// The fixed colour palette: a few pairs on the terminal's own background,
/// in 8 colours, for a dark background, a light one, or (unknown) both.
/// Under `NO_COLOR` (or without colour support) roles become plain
/// attributes, and the background is never asked about.
struct Palette {
    let usesColor: Bool
    let choice: PaletteChoice

    init(environment: [String: String], choose: () -> PaletteChoice) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        guard !noColor, has_colors() else { usesColor = false; choice = .both; return }
        choice = choose()
        start_color()
        use_default_colors()
        for role in ColorRole.allCases {
            if let color = Self.foreground(role, on: choice) { init_pair(Int16(role.rawValue), color, -1) }
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
        let hasPair = usesColor && Self.foreground(style.role, on: choice) != nil
        return (attrs, hasPair ? Int16(style.role.rawValue) : 0)
    }

    /// Each role's colour. On both backgrounds: no yellow or white text, no
    /// blue on black. Knowing the background lets warmth be yellow on dark,
    /// and the accent a blue that holds on light, where cyan fades.
    static func foreground(_ role: ColorRole, on choice: PaletteChoice) -> Int16? {
        switch (role, choice) {
        case (.normal, _), (.muted, _), (.highlight, _): return nil
        case (.accent, .light): return Int16(COLOR_BLUE)
        case (.accent, _): return Int16(COLOR_CYAN)
        case (.good, _): return Int16(COLOR_GREEN)
        case (.warm, .dark): return Int16(COLOR_YELLOW)
        case (.warm, _): return Int16(COLOR_MAGENTA)
        case (.alert, _): return Int16(COLOR_RED)
        }
    }
}
