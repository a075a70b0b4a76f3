import TendCore

/// Which colours the palette uses: tuned for a dark or a light background,
/// or the set that reads on both when the background is unknown.
public enum PaletteChoice: Hashable, Sendable {
    case dark, light, both

    /// `[display] theme`: dark or light as set; `auto` asks `COLORFGBG`
    /// first and only then the terminal (`askTerminal` sends OSC 11 and
    /// hands back its reply, or nil when none came in time).
    public static func choose(_ theme: Theme, colorFGBG: String?, askTerminal: () -> [UInt8]?) -> PaletteChoice {
        switch theme {
        case .dark: return .dark
        case .light: return .light
        case .auto:
            let background = TerminalBackground.fromColorFGBG(colorFGBG)
                ?? askTerminal().flatMap(TerminalBackground.fromReply)
            switch background {
            case .dark?: return .dark
            case .light?: return .light
            case nil: return .both
            }
        }
    }
}
