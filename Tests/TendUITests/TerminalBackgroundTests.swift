import Testing
import TendCore
@testable import TendUI

/// `[display] theme = "auto"`: reading the background from COLORFGBG and
/// from the terminal's OSC 11 reply, and the palette chosen from them.
@Suite("Dark or light: the terminal's background")
struct TerminalBackgroundTests {
    @Test("COLORFGBG: the last field is the background", arguments: [
        ("15;0", TerminalBackground.dark), ("0;15", .light), ("7;0", .dark), ("0;7", .light),
        ("15;default;0", .dark), ("0;default;15", .light), ("12;8", .dark), ("1;9", .light),
        ("15;4", .dark), ("0;11", .light), (" 0 ; 15 ", .light),
    ])
    func colorFGBG(value: String, expected: TerminalBackground) {
        #expect(TerminalBackground.fromColorFGBG(value) == expected)
    }

    @Test("COLORFGBG that names no background says nothing", arguments: [
        nil, "", "default", "15;default", "15;", "dark", "15;-1", "15;256", "15;100",
    ] as [String?])
    func colorFGBGUnknown(value: String?) {
        #expect(TerminalBackground.fromColorFGBG(value) == nil)
    }

    static func reply(_ body: String, end: String = "\u{07}") -> [UInt8] { Array("\u{1B}]11;\(body)\(end)".utf8) }

    @Test("OSC 11 replies, in 1 to 4 hex digits a channel, ended by BEL or ST", arguments: [
        (reply("rgb:0000/0000/0000"), TerminalBackground.dark),
        (reply("rgb:ffff/ffff/ffff"), .light),
        (reply("rgb:1e1e/1e1e/2e2e"), .dark),           // a dark theme's near-black
        (reply("rgb:fdfd/f6f6/e3e3", end: "\u{1B}\\"), .light), // Solarized light, ST-ended
        (reply("rgb:00/2b/36"), .dark),                  // Solarized dark, two digits
        (reply("rgb:f/f/f"), .light),
        (reply("rgb:fff/fff/eee"), .light),
        (reply("rgb:8080/8080/8080"), .light),           // mid grey: black text stands out more
        (reply("rgb:4040/4040/4040"), .dark),
        (reply("rgb:0000/ffff/0000"), .light),           // green is bright to the eye
        (reply("rgb:0000/0000/ffff"), .dark),            // blue is not
        (Array("x\u{1B}[?62;c".utf8) + reply("rgb:ffff/ffff/ffff"), .light), // other bytes around it
    ])
    func replies(bytes: [UInt8], expected: TerminalBackground) {
        #expect(TerminalBackground.fromReply(bytes) == expected)
    }

    @Test("bytes that are no complete rgb reply say nothing", arguments: [
        [UInt8](), Array("\u{1B}[?62;c".utf8), reply("rgb:ffff/ffff"), reply("rgb:ffff/ffff/ffff/ffff"),
        reply("rgb:fffff/ffff/ffff"), reply("rgb:gggg/0000/0000"), reply("rgba:ffff/ffff/ffff"),
        Array("\u{1B}]11;rgb:ffff/ffff/ffff".utf8), // not ended yet
        reply("rgb://"), reply("?"),
    ])
    func notReplies(bytes: [UInt8]) {
        #expect(TerminalBackground.fromReply(bytes) == nil)
    }

    @Test("luminance runs from black to white, and weighs green most")
    func luminance() {
        #expect(TerminalBackground.luminance(red: 0, green: 0, blue: 0) == 0)
        #expect(abs(TerminalBackground.luminance(red: 1, green: 1, blue: 1) - 1) < 1e-9)
        let green = TerminalBackground.luminance(red: 0, green: 1, blue: 0)
        #expect(green > TerminalBackground.luminance(red: 1, green: 0, blue: 0))
        #expect(green > TerminalBackground.luminance(red: 0, green: 0, blue: 1))
    }

    @Test("dark and light are taken as set, and the terminal is never asked")
    func setByHand() {
        var asked = 0
        #expect(PaletteChoice.choose(.dark, colorFGBG: "0;15") { asked += 1; return nil } == .dark)
        #expect(PaletteChoice.choose(.light, colorFGBG: "15;0") { asked += 1; return nil } == .light)
        #expect(asked == 0)
    }

    @Test("auto believes COLORFGBG without asking the terminal")
    func autoFromEnvironment() {
        var asked = 0
        #expect(PaletteChoice.choose(.auto, colorFGBG: "0;15") { asked += 1; return nil } == .light)
        #expect(asked == 0)
    }

    @Test("auto without COLORFGBG asks the terminal; no answer gives the palette for both")
    func autoAsks() {
        #expect(PaletteChoice.choose(.auto, colorFGBG: nil) { Self.reply("rgb:0000/0000/0000") } == .dark)
        #expect(PaletteChoice.choose(.auto, colorFGBG: nil) { Self.reply("rgb:ffff/ffff/ffff") } == .light)
        #expect(PaletteChoice.choose(.auto, colorFGBG: nil) { nil } == .both)
        #expect(PaletteChoice.choose(.auto, colorFGBG: "default") { Array("junk".utf8) } == .both)
    }

    @Test("the wait for the replies ends once the device attributes are in, the OSC 11 reply before them")
    func deviceAttributesEndTheWait() {
        #expect(!BackgroundQuery.hasDeviceAttributes(Self.reply("rgb:0000/0000/0000")))
        #expect(!BackgroundQuery.hasDeviceAttributes(Self.reply("rgb:0000/0000/0000") + Array("\u{1B}[?62;".utf8)))
        #expect(BackgroundQuery.hasDeviceAttributes(Self.reply("rgb:0000/0000/0000") + Array("\u{1B}[?62;22c".utf8)))
        #expect(BackgroundQuery.hasDeviceAttributes(Array("\u{1B}[?1;2c".utf8)), "a terminal that ignores OSC 11")
    }
}
