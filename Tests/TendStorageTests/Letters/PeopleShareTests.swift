import Foundation
import Testing
import TendCore
import TendStorage

@Suite("People file: share")
struct PeopleShareTests {
    let file = "people.toml"

    func parse(_ text: String) -> PeopleLoadResult {
        PeopleParser.parse(text, file: file, home: "/home/ana")
    }

    @Test("share names a folder, ~ expanded, kept as written for messages; age_recipient seals for a key")
    func reads() {
        let result = parse("""
            [people."Sam"]
            share = "~/Sync/sam-and-ana/"
            age_recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"

            [people."Mum"]
            share = "/srv/family"
            """)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.book.contacts == [
            Contact(name: "Sam", way: .share(SharedFolder(path: "/home/ana/Sync/sam-and-ana", written: "~/Sync/sam-and-ana/",
                                                          ageRecipient: "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"))),
            Contact(name: "Mum", way: .share(SharedFolder(path: "/srv/family", written: "/srv/family"))),
        ])
    }

    @Test("every mistake is named by key and line, and that person is left out", arguments: [
        ("share = \"Sync/x\"", "people.\"Sam\".share", "relative path"),
        ("share = \"~ana/x\"", "people.\"Sam\".share", "whole path"),
        ("share = 3", "people.\"Sam\".share", "the number 3"),
        ("share = \"~/x\"\nsend = [\"x\", \"{message}\"]", "people.\"Sam\".share", "one way per person"),
        ("share = \"~/x\"\nemail = \"s@example.org\"", "people.\"Sam\".share", "beside email"),
        ("share = \"~/x\"\nage_recipient = \"age1 nope\"", "people.\"Sam\".age_recipient", "age public key"),
        ("email = \"s@example.org\"\nage_recipient = \"age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\"",
         "people.\"Sam\".age_recipient", "only beside share"),
    ])
    func mistakes(body: String, key: String, said: String) {
        let result = parse("# who\n[people.\"Sam\"]\n\(body)\n")
        let problem = result.problems.first { $0.key == key }
        #expect(problem != nil, "\(result.problems)")
        #expect(problem?.line != nil)
        #expect(problem?.description.contains(said) == true, "\(String(describing: problem))")
        if !body.hasPrefix("email") { #expect(result.book.isEmpty) }
    }

    @Test("tend people add NAME --share writes share (and the key) in place, and it reads back exactly")
    func addShare() throws {
        let folder = SharedFolder(path: FolderPath.home + "/Sync/sam-and-ana", written: "~/Sync/sam-and-ana",
                                  ageRecipient: "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p")
        let (edited, previous) = try PeopleEdit.add(Contact(name: "Sam", way: .share(folder))).applied(to: PeopleExample.text, file: file)
        #expect(previous == nil)
        #expect(edited.hasPrefix(PeopleExample.text), "the example's comments stay")
        #expect(edited.hasSuffix("""
            [people."Sam"]
            share = "~/Sync/sam-and-ana"
            age_recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"

            """))
        #expect(PeopleParser.parse(edited, file: file).book.contacts == [Contact(name: "Sam", way: .share(folder))])
        #expect(throws: PeopleError.self) {
            try PeopleEdit.add(Contact(name: "Sam", way: .share(SharedFolder(path: "x", written: "x")))).applied(to: "", file: file)
        }
    }

    @Test("the folders of a book, each once, with who shares them")
    func folders() {
        let book = parse("""
            [people."Sam"]
            share = "/srv/us"
            [people."Zoë"]
            share = "/srv/us"
            [people."José"]
            email = "jose@example.org"
            """).book
        let folders = LetterShelf.folders(in: book)
        #expect(folders.map(\.folder.path) == ["/srv/us"])
        #expect(folders.map(\.people) == [["Sam", "Zoë"]])
    }
}
