import Testing
import TendCore
import TendStorage

@Suite("Config: [sending]")
struct ConfigSendingTests {
    func invite(_ value: String) -> (SendingOptions.Invite, [String]) {
        let result = ConfigParser.parse("[sending]\ninvite = \(value)\n", file: "config.toml")
        return (result.config.sending.invite, result.problems.map(\.description))
    }

    @Test("invite is on by default, off with false, and the user's own words with a text")
    func invite() {
        #expect(ConfigParser.parse("", file: "config.toml").config.sending.invite == .standard)
        #expect(invite("true").0 == .standard)
        #expect(invite("false").0 == .off)
        #expect(invite(#""""#).0 == .off)
        #expect(invite(#""Try it with me, if you like.""#).0 == .custom("Try it with me, if you like."))
    }

    @Test("a wrong type or an unknown key is named, and the default kept")
    func mistakes() {
        let (value, problems) = invite("3")
        #expect(value == .standard)
        #expect(problems == [#"config.toml: sending.invite is the number 3. Expected true, false, or your own invitation in quotes."#])
        let typo = ConfigParser.parse("[sending]\ninvites = false\n", file: "config.toml")
        #expect(typo.problems.map(\.key) == ["sending.invites"])
    }

    @Test("the commented default file says [sending] invite = true")
    func defaultFile() {
        #expect(DefaultConfig.text.contains("[sending]"))
        #expect(ConfigParser.parse(DefaultConfig.text, file: "config.toml").config == .defaults)
    }
}
