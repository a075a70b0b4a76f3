import Foundation
import Testing
import TendStorage
import TendTestSupport

/// Finding tend-import beside tend or in ../libexec/tend/, what the person
/// hears when it is not there or fails, and reading its answer.
@Suite("Storage: the import helper")
struct ImportHelperTests {
    /// A tend at `bin/tend` in a fresh folder, and nothing else.
    static func install() throws -> (TemporaryDirectory, tend: String) {
        let root = TemporaryDirectory("tend-helper")
        try FileManager.default.createDirectory(atPath: root.appending("bin"), withIntermediateDirectories: true)
        try FakeCommand.write("#!/bin/sh\nexit 0\n", to: root.appending("bin/tend"))
        return (root, root.appending("bin/tend"))
    }

    /// A stand-in helper at `path` that prints `output` and exits with `status`.
    static func helper(at path: String, printing output: String, status: Int32 = 0) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FakeCommand.write("#!/bin/sh\ncat > /dev/null\nprintf '\(output)'\nexit \(status)\n", to: path)
    }

    @Test("it is looked for beside tend, then in ../libexec/tend/ from tend's folder")
    func places() {
        #expect(ImportHelper.places(forExecutable: "/opt/tend-nowhere/bin/tend")
                == ["/opt/tend-nowhere/bin/tend-import", "/opt/tend-nowhere/libexec/tend/tend-import"])
        #expect(ImportHelper.places(forExecutable: "/tend") == ["/tend-import", "/libexec/tend/tend-import"])
    }

    @Test("the first executable place wins; a file that is not executable is passed over")
    func firstExecutable() throws {
        let (root, tend) = try Self.install()
        try Self.helper(at: root.appending("libexec/tend/tend-import"), printing: "")
        #expect(try ImportHelper.find(forExecutable: tend, reading: .csv).path == root.appending("libexec/tend/tend-import"))
        try "not a program".write(toFile: root.appending("bin/tend-import"), atomically: true, encoding: .utf8)
        #expect(try ImportHelper.find(forExecutable: tend, reading: .csv).path == root.appending("libexec/tend/tend-import"))
        try FileManager.default.removeItem(atPath: root.appending("bin/tend-import"))
        try Self.helper(at: root.appending("bin/tend-import"), printing: "")
        #expect(try ImportHelper.find(forExecutable: tend, reading: .csv).path == root.appending("bin/tend-import"))
    }

    @Test("a tend reached through a link finds the helper beside the real binary")
    func throughALink() throws {
        let (root, tend) = try Self.install()
        try Self.helper(at: root.appending("bin/tend-import"), printing: "")
        try FileManager.default.createDirectory(atPath: root.appending("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.appending("elsewhere/tend"), withDestinationPath: tend)
        let found = try ImportHelper.find(forExecutable: root.appending("elsewhere/tend"), reading: .zip)
        #expect(URL(fileURLWithPath: found.path).resolvingSymlinksInPath().path
                == URL(fileURLWithPath: root.appending("bin/tend-import")).resolvingSymlinksInPath().path)
    }

    @Test("no helper: nothing is imported, the places are named, and what to do")
    func missing() throws {
        let (root, tend) = try Self.install()
        #expect(throws: StorageError.self) { try ImportHelper.find(forExecutable: tend, reading: .csv) }
        do {
            _ = try ImportHelper.find(forExecutable: tend, reading: .csv)
        } catch {
            guard case .importHelperMissing(.csv, let places) = error else { Issue.record("\(error)"); return }
            #expect(places.count == 2 && places.allSatisfy { $0.hasSuffix("/tend-import") })
            let message = error.description
            #expect(message.hasPrefix("Nothing was imported: Tend reads a CSV file with tend-import"), "\(message)")
            #expect(message.contains(places[0]) && message.contains(places[1]), "\(message)")
            #expect(message.contains("Install Tend again"), "\(message)")
            #expect(!message.contains("Journal.json"), "\(message)")
            #expect(!message.contains(root.path + "/bin/../"), "the installed place is named plainly: \(message)")
        }
        do {
            _ = try ImportHelper.find(forExecutable: tend, reading: .zip)
        } catch {
            #expect(error.description.contains("unzip it and import the Journal.json inside"), "\(error)")
        }
    }

    @Test("a helper that fails or answers nonsense: nothing is imported, and its words are passed on")
    func failing() throws {
        let (root, _) = try Self.install()
        let path = root.appending("bin/tend-import")
        try FakeCommand.write("#!/bin/sh\ncat > /dev/null\necho 'out of memory' >&2\nexit 3\n", to: path)
        #expect(throws: StorageError.importHelperFailed(reason: "stopped with status 3: out of memory")) {
            try ImportHelper(path: path).csvRecords(Array("a\n1\n".utf8))
        }
        try Self.helper(at: path, printing: "hello")
        #expect { try ImportHelper(path: path).jsonFiles(inZip: [0x50, 0x4B, 3, 4]) } throws: { error in
            guard case StorageError.importHelperFailed(let reason) = error else { return false }
            return reason.contains("cannot read")
        }
    }

    @Test("the helper's answer is read: rows for CSV, files for a zip, its failure as the reason")
    func answers() throws {
        let (root, _) = try Self.install()
        let path = root.appending("bin/tend-import")
        try Self.helper(at: path, printing: #"{"header":["date","text"]}\n{"row":["2026-11-23","Hi"]}\n"#)
        #expect(try ImportHelper(path: path).csvRecords([]) == CSVRecords(header: ["date", "text"], rows: [["2026-11-23", "Hi"]]))
        try Self.helper(at: path, printing: #"{"file":"Journal.json","size":2}\n{}\n{"file":"b.json","size":0}\n\n"#)
        let files = try ImportHelper(path: path).jsonFiles(inZip: [])
        #expect(files.map(\.name) == ["Journal.json", "b.json"] && files.map(\.bytes) == [Array("{}".utf8), []])
        try Self.helper(at: path, printing: #"{"failure":"the zip holds no Journal.json"}\n"#)
        #expect(throws: StorageError.unreadableImport(reason: "the zip holds no Journal.json")) {
            try ImportHelper(path: path).jsonFiles(inZip: [])
        }
    }

    @Test("an answer cut short or out of order is not taken for a file's contents")
    func garbled() {
        #expect(throws: HelperAnswerReader.Garbled.self) { try HelperAnswerReader.jsonFiles(Array("{\"file\":\"a.json\",\"size\":9}\n{}\n".utf8)) }
        #expect(throws: HelperAnswerReader.Garbled.self) { try HelperAnswerReader.csvRecords(Array("{\"row\":[\"1\"]}\n".utf8)) }
        #expect(throws: HelperAnswerReader.Garbled.self) { try HelperAnswerReader.csvRecords(Array("{\"header\":[\"a\"]}".utf8)) }
        #expect(throws: HelperAnswerReader.Garbled.self) { try HelperAnswerReader.csvRecords([]) }
        #expect((try? HelperAnswerReader.csvRecords(Array("{\"failure\":\"it is empty\"}\n".utf8)))?.failure == "it is empty")
    }
}
