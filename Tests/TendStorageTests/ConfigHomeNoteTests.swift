import Testing
import TendCore
import TendStorage

/// What home says about config mistakes.
@Suite("Config mistakes as home names them")
struct ConfigHomeNoteTests {
    @Test("the file by its name, the key, the value, what is expected, and what Tend does meanwhile")
    func one() {
        let result = ConfigParser.parse("[bedtime]\ntime = \"21.30\"\n", file: "/home/sam/.config/tend/config.toml")
        #expect(result.homeNotes == [#"config.toml: bedtime.time is "21.30". Expected a 24-hour time in quotes, like "07:30". "#
            + "Until then Tend uses its default there; your file is untouched."])
    }

    @Test("with several, the first says how many more")
    func several() {
        let result = ConfigParser.parse("[bedtime]\ntime = \"21.30\"\n[morning]\ntime = 7\n", file: "/x/config.toml")
        #expect(result.homeNotes.count == 2)
        #expect(result.homeNotes[0].hasSuffix("Tend uses its defaults for this and 1 more until they are fixed; `tend schedule` lists them."))
    }
}
