import Foundation
import Testing
import TendSending
import TendTestSupport

/// Writing at length: the user's editor on a private file, its words back
/// with their line breaks, and the file gone afterwards.
@Suite("Writing at length: the editor")
struct EditorLauncherTests {
    @Test("VISUAL comes before EDITOR, each split on whitespace, vi when neither is set",
          arguments: [
            (["VISUAL": "code -w", "EDITOR": "nano"], ["code", "-w"]),
            (["EDITOR": "emacsclient  -t\t-a ''"], ["emacsclient", "-t", "-a", "''"]),
            (["VISUAL": "  ", "EDITOR": "nano"], ["nano"]),
            (["VISUAL": "", "EDITOR": ""], ["vi"]),
            ([:], ["vi"]),
          ])
    func chooses(environment: [String: String], expected: [String]) {
        #expect(EditorCommand.arguments(environment: environment) == expected)
    }

    static func environment(_ dir: TemporaryDirectory, editor: String, runtime: String? = nil) -> [String: String] {
        var environment = ["PATH": "/usr/bin:/bin", "EDITOR": editor, "TMPDIR": dir.appending("tmp")]
        if let runtime { environment["XDG_RUNTIME_DIR"] = runtime }
        try? FileManager.default.createDirectory(atPath: dir.appending("tmp"), withIntermediateDirectories: true)
        return environment
    }

    @Test("the words come back with their line breaks, and the private file is gone")
    func edits() throws {
        let dir = TemporaryDirectory()
        let fake = try FakeEditor.make(in: dir.appending("bin"), writes: "You stayed.\nAll evening.\n\n")
        let outcome = EditorLauncher.edit("You stayed.", environment: Self.environment(dir, editor: fake.path + " -w"))
        #expect(outcome == .edited("You stayed.\nAll evening."))
        #expect(fake.wordsBefore == "You stayed.\n")
        #expect(fake.arguments == ["-w", fake.file])
        #expect(fake.fileMode == "600")
        #expect(fake.folderMode == "700", "no runtime folder: a folder of ours, shut to others")
        #expect(!FileManager.default.fileExists(atPath: fake.file))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appending("tmp")).isEmpty, "its folder went too")
    }

    @Test("a private XDG_RUNTIME_DIR holds the file; one open to others is passed over")
    func runtimeFolder() throws {
        let dir = TemporaryDirectory()
        let fake = try FakeEditor.make(in: dir.appending("bin"), writes: "Yes.")
        let runtime = dir.appending("run")
        try FileManager.default.createDirectory(atPath: runtime, withIntermediateDirectories: true)
        chmod(runtime, 0o700)
        _ = EditorLauncher.edit("", environment: Self.environment(dir, editor: fake.path, runtime: runtime))
        #expect((fake.file as NSString).deletingLastPathComponent == runtime)
        #expect(!FileManager.default.fileExists(atPath: fake.file))
        chmod(runtime, 0o755)
        _ = EditorLauncher.edit("", environment: Self.environment(dir, editor: fake.path, runtime: runtime))
        #expect((fake.file as NSString).deletingLastPathComponent != runtime)
    }

    @Test("an editor that exits 1 brings nothing back, and the file is still removed")
    func failing() throws {
        let dir = TemporaryDirectory()
        let fake = try FakeEditor.make(in: dir.appending("bin"), writes: "half written", exitStatus: 1)
        let outcome = EditorLauncher.edit("Before.", environment: Self.environment(dir, editor: fake.path))
        #expect(outcome == .failed(program: fake.path, status: 1))
        #expect(!FileManager.default.fileExists(atPath: fake.file))
    }

    @Test("an editor that is not there is named, and nothing is made")
    func missing() throws {
        let dir = TemporaryDirectory()
        let outcome = EditorLauncher.edit("Before.", environment: Self.environment(dir, editor: "no-such-editor --flag"))
        #expect(outcome == .notFound("no-such-editor"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appending("tmp")).isEmpty)
    }
}
