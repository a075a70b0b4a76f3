import Foundation
import Testing
import TendCore
import TendStorage

/// config.toml on disk: missing, created, and kept private.
@Suite("Config file")
struct ConfigFileTests {
    @Test("a missing file means the defaults, with no problems")
    func missingFile() {
        ConfigTestFolder.with { folder in
            let result = ConfigFile(url: folder.appendingPathComponent("config.toml")).load()
            #expect(result.config == .defaults)
            #expect(result.problems.isEmpty)
            #expect(!result.fileExists)
        }
    }

    @Test("--init writes the commented default file")
    func initWritesDefault() throws {
        try ConfigTestFolder.with { folder throws in
            let file = ConfigFile(url: folder.appendingPathComponent("tend/config.toml"))
            #expect(try file.createDefault())
            #expect(try ConfigTestFolder.read(file.url) == DefaultConfig.text)
        }
    }

    @Test("--init never overwrites an existing file")
    func initKeepsExisting() throws {
        try ConfigTestFolder.with { folder throws in
            let url = folder.appendingPathComponent("config.toml")
            try ConfigTestFolder.write("# mine\n", to: url)
            #expect(try ConfigFile(url: url).createDefault() == false)
            #expect(try ConfigTestFolder.read(url) == "# mine\n")
        }
    }

    @Test("the written file is 0600 and a new folder 0700")
    func privateModes() throws {
        try ConfigTestFolder.with { folder throws in
            let file = ConfigFile(url: folder.appendingPathComponent("tend/config.toml"))
            try file.createDefault()
            #expect(try ConfigTestFolder.mode(of: file.path) == 0o600)
            #expect(try ConfigTestFolder.mode(of: file.url.deletingLastPathComponent().path) == 0o700)
        }
    }

    @Test("an edit leaves the file 0600 even if it was readable by others")
    func editTightensMode() throws {
        try ConfigTestFolder.with { folder throws in
            let url = folder.appendingPathComponent("config.toml")
            try ConfigTestFolder.write(DefaultConfig.text, to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
            try ConfigFile(url: url).apply(.setRitual(.morning, time: TimeOfDay(hour: 7, minute: 0)!, days: nil))
            #expect(try ConfigTestFolder.mode(of: url.path) == 0o600)
        }
    }

    @Test("an edit leaves no temp files behind")
    func noTempFiles() throws {
        try ConfigTestFolder.with { folder throws in
            let url = folder.appendingPathComponent("config.toml")
            try ConfigFile(url: url).apply(.addPause(time: TimeOfDay(hour: 9, minute: 55)!, label: "before stand-up", days: "mon-fri"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["config.toml"])
        }
    }

    @Test("editing a missing file starts from the commented default")
    func editMissingFile() throws {
        try ConfigTestFolder.with { folder throws in
            let file = ConfigFile(url: folder.appendingPathComponent("config.toml"))
            try file.apply(.setRitual(.bedtime, time: TimeOfDay(hour: 22, minute: 0)!, days: nil))
            let text = try ConfigTestFolder.read(file.url)
            #expect(text.hasPrefix("# Tend's settings."))
            #expect(file.load().config.schedule.bedtime.time.description == "22:00")
        }
    }

    @Test("an edit of a symlinked config writes through the link and keeps it")
    func symlinkKept() throws {
        try ConfigTestFolder.with { folder throws in
            let real = folder.appendingPathComponent("dotfiles/tend.toml")
            try ConfigTestFolder.write(DefaultConfig.text, to: real)
            let link = folder.appendingPathComponent("config/config.toml")
            try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
            try ConfigFile(url: link).apply(.setRitual(.morning, time: TimeOfDay(hour: 6, minute: 0)!, days: nil))
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
            #expect(ConfigFile(url: real).load().config.schedule.morning.time.description == "06:00")
        }
    }

    @Test("a file that is not TOML is not edited")
    func brokenFileUntouched() throws {
        try ConfigTestFolder.with { folder throws in
            let url = folder.appendingPathComponent("config.toml")
            let broken = "[morning\ntime = \"07:30\"\n"
            try ConfigTestFolder.write(broken, to: url)
            #expect(throws: ConfigError.self) {
                try ConfigFile(url: url).apply(.setRitual(.morning, time: TimeOfDay(hour: 7, minute: 0)!, days: nil))
            }
            #expect(try ConfigTestFolder.read(url) == broken)
        }
    }

    @Test("a broken file loads as the defaults and says so, without being rewritten")
    func brokenFileLoads() throws {
        try ConfigTestFolder.with { folder throws in
            let url = folder.appendingPathComponent("config.toml")
            try ConfigTestFolder.write("[morning]\ntime = \"7:30\"\n", to: url)
            let result = ConfigFile(url: url).load()
            #expect(result.problems.map(\.key) == ["morning.time"])
            #expect(result.problems.first?.file == url.path)
            #expect(try ConfigTestFolder.read(url) == "[morning]\ntime = \"7:30\"\n")
        }
    }
}
