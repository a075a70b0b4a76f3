import Glibc
import TendCore

/// Whether the terminal's background is dark or light, as far as Tend can
/// tell: from `COLORFGBG` ("15;0" is light text on a dark background; the
/// last field is the background's colour number) or from the terminal's
/// answer to OSC 11 (`rgb:RRRR/GGGG/BBBB`). Pure: the terminal layer asks,
/// these read the answers.
public enum TerminalBackground: Hashable, Sendable {
    case dark, light

    /// The background `COLORFGBG` names, or nil when it names none (absent,
    /// "default", not a number). Colours 0–6 and 8 are dark, 7 and 9–15
    /// light, as rxvt and the programs reading it count them.
    public static func fromColorFGBG(_ value: String?) -> TerminalBackground? {
        guard let value, let last = value.split(separator: ";", omittingEmptySubsequences: false).last,
              let number = Int(last.trimmed()), (0...255).contains(number) else { return nil }
        switch number {
        case 0...6, 8: return .dark
        case 7, 9...15: return .light
        default: return nil // 256-colour numbers say nothing simple about brightness
        }
    }

    /// The background in a reply to `ESC ] 11 ; ? BEL`, or nil when `bytes`
    /// hold none. The reply may end in BEL or ST and carry 1 to 4 hex
    /// digits a channel; other bytes around it are ignored.
    public static func fromReply(_ bytes: [UInt8]) -> TerminalBackground? {
        luminance(ofReply: bytes).map { $0 < darkBelow ? .dark : .light }
    }

    /// Below this luminance white text stands out more than black (the
    /// point where their contrast ratios meet), so the background is dark.
    public static let darkBelow = 0.179

    /// The relative luminance (0 black … 1 white) of the colour in an OSC 11 reply.
    public static func luminance(ofReply bytes: [UInt8]) -> Double? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.textRange(of: "\u{1B}]11;rgb:") else { return nil }
        let rest = text[start.upperBound...]
        let body = rest.prefix { $0 != "\u{07}" && $0 != "\u{1B}" }
        guard body.endIndex < rest.endIndex else { return nil } // no terminator yet
        let channels = body.split(separator: "/", omittingEmptySubsequences: false)
        guard channels.count == 3 else { return nil }
        var values: [Double] = []
        for channel in channels {
            guard (1...4).contains(channel.count), let number = UInt32(channel, radix: 16) else { return nil }
            let top = Double((1 << (4 * channel.count)) - 1)
            values.append(Double(number) / top)
        }
        return luminance(red: values[0], green: values[1], blue: values[2])
    }

    /// WCAG's relative luminance of an sRGB colour, each channel 0…1.
    public static func luminance(red: Double, green: Double, blue: Double) -> Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }
}
