import Foundation
import Testing
import TendStorage
import TendTestSupport

@Suite("Settings files beside config.toml: read through links, and why not, in our words")
struct SettingsFileTests {
    @Test("missing is nil; a link is followed; a folder, a FIFO and bad UTF-8 say why, without waiting")
    func cases() throws {
        let dir = TemporaryDirectory()
        let real = dir.appending("real.toml")
        try Data("[x]\n".utf8).write(to: URL(fileURLWithPath: real))
        try FileManager.default.createSymbolicLink(atPath: dir.appending("link.toml"), withDestinationPath: real)
        try FileManager.default.createDirectory(atPath: dir.appending("folder.toml"), withIntermediateDirectories: true)
        try Data([0x66, 0xFF]).write(to: URL(fileURLWithPath: dir.appending("latin1.toml")))
        #expect(mkfifo(dir.appending("pipe.toml"), 0o600) == 0)

        #expect(SettingsFile.text(at: dir.appending("none.toml")) == .success(nil))
        #expect(SettingsFile.text(at: dir.appending("link.toml")) == .success("[x]\n"))
        #expect(SettingsFile.text(at: dir.appending("folder.toml")).reason == "it is a folder")
        #expect(SettingsFile.text(at: dir.appending("pipe.toml")).reason == "it is not a plain file")
        #expect(SettingsFile.text(at: dir.appending("latin1.toml")).reason == "it isn't UTF-8 text")
    }
}

private extension Result where Failure == SettingsFileProblem {
    var reason: String? {
        if case .failure(let problem) = self { return problem.reason }
        return nil
    }
}
