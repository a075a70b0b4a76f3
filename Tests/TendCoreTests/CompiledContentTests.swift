import Testing
import TOMLKit
@testable import TendCore
import TendContentTree
import TendResources

/// The built-in cards and prompts are read from TOML at build time
/// (Plugins/CompileContent); these keep that form from drifting from a
/// TOML parse of the very files it was made from.
@Suite("Content compiled at build time")
struct CompiledContentTests {
    @Test("the compiled tables are what TOMLKit reads from the same files")
    func sameTables() throws {
        #expect(CompiledContent.practices == ContentTable(try TOMLTable(string: EmbeddedResources.practicesTOML)))
        #expect(CompiledContent.prompts == ContentTable(try TOMLTable(string: EmbeddedResources.promptsTOML)))
    }

    @Test("the built-in library and prompts are the same read from the compiled form and from the TOML text")
    func sameLibraries() {
        let fromText = PracticeLibrary.load(builtInText: EmbeddedResources.practicesTOML)
        #expect(PracticeLibrary.builtIn.practices == fromText.practices)
        #expect(PracticeLibrary.builtIn.issues == fromText.issues)
        let prompts = PromptLibrary(text: EmbeddedResources.promptsTOML, source: PromptLibrary.builtInSource)
        #expect(PromptLibrary.builtIn == prompts)
    }

    @Test("every kind of TOML value gives the readers the answers TOMLKit's value gives")
    func sameAnswers() throws {
        let toml = try TOMLTable(string: """
            text = "é\\n\\"quoted\\""
            number = 30
            float = 30.0
            flag = true
            day = 2027-01-01
            words = ["a", 1, ["b"]]
            inline = { key = "v" }
            [table]
            key = 'literal \\ backslash'
            [[cards]]
            id = "x"
            """)
        let content = ContentTable(toml)
        #expect(content.keys.sorted() == toml.keys.sorted())
        for key in toml.keys {
            let (value, plain) = (toml[key]!, content[key]!)
            #expect(plain.string == value.string, "\(key)")
            #expect(plain.int == value.int, "\(key)")
            #expect(plain.array?.count == value.array?.count, "\(key)")
            #expect(plain.table?.keys.sorted() == value.table?.keys.sorted(), "\(key)")
        }
    }
}
