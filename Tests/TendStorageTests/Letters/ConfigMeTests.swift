import Testing
import TendCore
import TendStorage

@Suite("Config: [me]")
struct ConfigMeTests {
    func parse(_ text: String) -> ConfigLoadResult {
        ConfigParser.parse(text, file: "config.toml", home: "/home/sam")
    }

    @Test("name and age_identity are read; ~ stands for the home folder")
    func reads() {
        let result = parse("[me]\nname = \"Sam\"\nage_identity = \"~/.config/tend/age.key\"\n")
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.config.me == MeOptions(name: "Sam", ageIdentity: "/home/sam/.config/tend/age.key"))
        #expect(parse("").config.me == MeOptions())
    }

    @Test("a name that can't name a file in a shared folder is named as a mistake, and not used", arguments: [
        ("\"Sam/Ana\"", "\"/\""), ("\"\"", "empty"), ("\".Sam\"", "dot"), ("3", "the number 3"), ("\" Sam\"", "spaces"),
    ])
    func badNames(value: String, found: String) {
        let result = parse("[me]\nname = \(value)\n")
        #expect(result.config.me.name == nil)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.key == "me.name")
        #expect(result.problems.first?.description.contains(found) == true, "\(result.problems)")
    }

    @Test("a relative key path and an unknown key are named")
    func mistakes() {
        let relative = parse("[me]\nname = \"Sam\"\nage_identity = \"age.key\"\n")
        #expect(relative.config.me == MeOptions(name: "Sam"))
        #expect(relative.problems.map(\.key) == ["me.age_identity"])
        #expect(relative.problems.first?.description.contains("relative path") == true)
        let typo = parse("[me]\nnmae = \"Sam\"\n")
        #expect(typo.problems.map(\.key) == ["me.nmae"])
        let wrongTable = parse("me = \"Sam\"\n")
        #expect(wrongTable.problems.map(\.key) == ["me"])
    }

    @Test("the commented default file shows [me] and still parses to the defaults")
    func defaultFile() {
        #expect(DefaultConfig.text.contains("# [me]\n# name = \"Sam\""))
        #expect(ConfigParser.parse(DefaultConfig.text, file: "config.toml").config == .defaults)
        let uncommented = DefaultConfig.text.replacingOccurrences(of: "# [me]", with: "[me]")
            .replacingOccurrences(of: "# name = \"Sam\"", with: "name = \"Sam\"")
        #expect(parse(uncommented).config.me.name == "Sam")
    }
}
