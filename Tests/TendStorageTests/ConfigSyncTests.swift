import Testing
import TendCore
import TendStorage

/// `[sync]` in config.toml: read, checked, and added by `tend sync init`.
@Suite("Config: sync")
struct ConfigSyncTests {
    let file = "config.toml"

    @Test("no [sync] table: syncing is off; the commented default keeps it off")
    func off() {
        #expect(!ConfigParser.parse("", file: file).config.sync.isEnabled)
        #expect(ConfigParser.parse(DefaultConfig.text, file: file).config.sync == SyncOptions())
        #expect(DefaultConfig.text.contains("# every_minutes = 30"))
    }

    @Test("[sync] turns it on, every 30 minutes unless it says otherwise")
    func on() {
        let bare = ConfigParser.parse("[sync]\n", file: file)
        #expect(bare.problems.isEmpty)
        #expect(bare.config.sync == SyncOptions(isEnabled: true, everyMinutes: 30))
        #expect(bare.config.sync.backgroundInterval == 1800)
        let often = ConfigParser.parse("[sync]\nevery_minutes = 10\n", file: file).config.sync
        #expect(often.everyMinutes == 10)
        let appOnly = ConfigParser.parse("[sync]\nevery_minutes = 0\n", file: file).config.sync
        #expect(appOnly.isEnabled && appOnly.backgroundInterval == nil)
    }

    @Test("a bad value or key is named, and the rest still syncs")
    func mistakes() {
        let tooOften = ConfigParser.parse("[sync]\nevery_minutes = 1\n", file: file)
        #expect(tooOften.config.sync == SyncOptions(isEnabled: true, everyMinutes: 30))
        #expect(tooOften.problems.map(\.key) == ["sync.every_minutes"])
        let text = ConfigParser.parse("[sync]\nevery_minutes = \"30\"\n", file: file)
        #expect(text.problems.first?.kind == .wrongType)
        let unknown = ConfigParser.parse("[sync]\nremote = \"x\"\n", file: file)
        #expect(unknown.problems.first?.kind == .unknownKey)
        let notTable = ConfigParser.parse("sync = true\n", file: file)
        #expect(!notTable.config.sync.isEnabled && notTable.problems.first?.kind == .wrongType)
    }

    @Test("tend sync init adds [sync] at the end, keeping the user's text, and only once")
    func enabling() throws {
        let mine = "# mine\n[morning]\ntime = \"06:00\"   # early\n"
        let edited = try ConfigEdit.enableSync(everyMinutes: 30).applied(to: mine, file: file)
        #expect(edited == mine + "\n[sync]\nevery_minutes = 30\n")
        #expect(ConfigParser.parse(edited, file: file).config.sync.isEnabled)
        #expect(try ConfigEdit.enableSync(everyMinutes: 30).applied(to: edited, file: file) == edited)
        let custom = "[sync]\nevery_minutes = 0\n"
        #expect(try ConfigEdit.enableSync(everyMinutes: 30).applied(to: custom, file: file) == custom)
    }
}
