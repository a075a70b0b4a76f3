import Foundation
import Testing
import TendCore
import TendStorage
import TendTestSupport

/// A shared folder kept in the data folder (so `tend sync` carries it to
/// one's own devices too) is the letters' business, not a stray; one that
/// holds the journal would hand every entry to the other person.
@Suite("Letters: a shared folder and the data folder")
struct ShareInDataFolderTests {
    @Test("a shared folder inside the data folder, and the letters in it, are not strays; anything else still is")
    func notStrays() throws {
        let lab = try ShareLab()
        let data = lab.root.path
        try lab.send(1, from: "Sam", to: "Ana")
        try lab.send(2, from: "Ana", to: "Sam")
        Disk.write("mine\n", to: data + "/notes.txt")
        let journal = Journal(directory: data)
        let everything = journal.diagnose().findings.compactMap(\.path)
        #expect(everything.contains(lab.path), "without people.toml's word it is just a folder")
        let findings = journal.diagnose(sharedFolders: [lab.path]).findings
        #expect(findings.compactMap(\.path) == [data + "/notes.txt"], "\(findings)")
        // Named through a link, it is the same folder.
        let link = lab.root.deletingLastPathComponent().appendingPathComponent("link-\(UUID().uuidString.prefix(6))").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: lab.path)
        defer { try? FileManager.default.removeItem(atPath: link) }
        #expect(journal.diagnose(sharedFolders: [link]).findings.compactMap(\.path) == [data + "/notes.txt"])
        #expect(LetterShelf.findings(book: lab.book(sharingWith: "Sam"), me: "Ana", configPath: "config.toml", journal: data).isEmpty)
    }

    @Test("a shared folder that holds the journal is a problem, named with who would see it")
    func holdsJournal() throws {
        let lab = try ShareLab()
        let data = lab.path + "/tend"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        for journal in [data, lab.path] {
            let findings = LetterShelf.findings(book: lab.book(sharingWith: "Sam"), me: "Ana", configPath: "config.toml", journal: journal)
            #expect(findings.count == 1)
            #expect(findings.first?.severity == .problem && findings.first?.path == lab.path)
            #expect(findings.first?.message.contains("share with Sam holds your journal") == true)
        }
        let beside = lab.root.appendingPathComponent("tend").path
        #expect(LetterShelf.findings(book: lab.book(sharingWith: "Sam"), me: "Ana", configPath: "config.toml", journal: beside).isEmpty)
    }
}
