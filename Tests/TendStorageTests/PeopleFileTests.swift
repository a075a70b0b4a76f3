import Foundation
import Testing
import TendCore
import TendStorage

/// people.toml: who can be reached and how, every mistake named by key and
/// line, and `tend people add/remove` edits that keep the user's comments.
@Suite("People file")
struct PeopleFileTests {
    let file = "people.toml"

    let commented = """
        # the people I send to
        [people."Ana"]   # my sister
        send = ["signal-cli", "send", "-m", "{message}", "+4915550100"]

        [people."José"]
        email = "jose@example.org"   # work address

        # end of the list

        """

    @Test("a command and an email are read, in the file's order, with stdin off unless asked")
    func readsBothWays() {
        let result = PeopleParser.parse(commented + "[people.Mum]\nsend = [\"kdeconnect-cli\", \"--send-sms\"]\nstdin = true\n", file: file)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.book.contacts == [
            Contact(name: "Ana", way: .command(["signal-cli", "send", "-m", "{message}", "+4915550100"], stdin: false)),
            Contact(name: "José", way: .email("jose@example.org")),
            Contact(name: "Mum", way: .command(["kdeconnect-cli", "--send-sms"], stdin: true)),
        ])
    }

    @Test("names match ignoring case and accents")
    func namesMatch() {
        let book = PeopleParser.parse(commented, file: file).book
        #expect(book.contact(for: "jose")?.name == "José")
        #expect(book.contact(for: " ANA ")?.name == "Ana")
        #expect(book.contact(for: "Anabel") == nil)
    }

    @Test("each mistake is named by its key and line, and only that person is set aside")
    func mistakesNamed() {
        let text = """
            [people."Ana"]
            send = "signal-cli send"

            [people."Bo"]
            email = "bo.example.org"

            [people."Cy"]
            send = ["notify", "{mesage}"]

            [people."Di"]
            send = ["true"]

            [people."Ed"]
            sms = "+4930555"

            [people."Fay"]
            email = "fay@example.org"
            stdin = true
            colour = "blue"

            """
        let result = PeopleParser.parse(text, file: file)
        let lines = result.problems.map { "\($0.line.map(String.init) ?? "?") \($0.key)" }
        #expect(lines == [
            "2 people.\"Ana\".send",
            "5 people.\"Bo\".email",
            "8 people.\"Cy\".send",
            "11 people.\"Di\".send",
            "14 people.\"Ed\".sms",
            "13 people.\"Ed\"",
            "19 people.\"Fay\".colour",
            "18 people.\"Fay\".stdin",
        ], "\(result.problems.map(\.description).joined(separator: "\n"))")
        #expect(result.book.contacts.map(\.name) == ["Fay"])
        let bo = result.problems[1].description
        #expect(bo == #"people.toml, line 5: people."Bo".email is "bo.example.org" (it needs one @ with text on both sides). Expected an address in quotes, like "jose@example.org"."#)
        #expect(result.problems[2].description.contains("{mesage}"))
    }

    @Test("two spellings of one name: the first in the file counts, the second is named")
    func duplicates() {
        let result = PeopleParser.parse("[people.\"Zoë\"]\nemail = \"z@example.org\"\n\n[people.zoe]\nemail = \"other@example.org\"\n", file: file)
        #expect(result.book.contacts == [Contact(name: "Zoë", way: .email("z@example.org"))])
        #expect(result.problems.map(\.description) == [
            #"people.toml, line 4: people."zoe" is the same person as "Zoë" on line 1. Expected each person once (names match ignoring case and accents)."#,
        ])
    }

    @Test("text that is not TOML gives nobody and one problem with its line")
    func syntax() {
        let result = PeopleParser.parse("[people.\"Ana\"]\nsend = [\"x\"\n", file: file)
        #expect(result.book.isEmpty)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.kind == .syntax)
        #expect(result.problems.first?.line != nil)
    }

    @Test("the example written on first use reaches nobody and parses cleanly")
    func example() {
        let result = PeopleParser.parse(PeopleExample.text, file: file)
        #expect(result.book.isEmpty)
        #expect(result.problems.isEmpty)
        // Every example in it, uncommented, is a valid entry.
        let uncommented = PeopleExample.text.split(separator: "\n").filter { $0.hasPrefix("# [") || $0.hasPrefix("# send") || $0.hasPrefix("# email") || $0.hasPrefix("# stdin")
            || $0.hasPrefix("# share") || $0.hasPrefix("# age_recipient") }
            .map { $0.dropFirst(2) }.joined(separator: "\n")
        let parsed = PeopleParser.parse(uncommented, file: file)
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(parsed.book.contacts.map(\.name) == ["Ana", "Mum", "José", "Sam"])
    }

    @Test("adding someone appends their table and keeps every comment")
    func addKeepsComments() throws {
        let contact = Contact(name: "Mum", way: .command(["kdeconnect-cli", "--send-sms", "{message}", "--destination", "+4930555"], stdin: false))
        let (edited, previous) = try PeopleEdit.add(contact).applied(to: commented, file: file)
        #expect(previous == nil)
        #expect(edited == commented + """

            [people."Mum"]
            send = ["kdeconnect-cli", "--send-sms", "{message}", "--destination", "+4930555"]

            """)
    }

    @Test("adding someone already there replaces their way in place, comments around it kept")
    func addReplaces() throws {
        let (edited, previous) = try PeopleEdit.add(Contact(name: "ana", way: .email("ana@example.org"))).applied(to: commented, file: file)
        #expect(previous?.name == "Ana")
        #expect(edited == commented.replacingOccurrences(of: """
            [people."Ana"]   # my sister
            send = ["signal-cli", "send", "-m", "{message}", "+4915550100"]

            """, with: """
            [people."ana"]
            email = "ana@example.org"

            """))
    }

    @Test("a broken entry is replaced by add and taken out by remove, so the fix can come from the shell")
    func brokenEntries() throws {
        let broken = "# mine\n[people.\"Ana\"]\nsend = \"signal-cli send\"\n\n[people.\"Bo\"]\nemail = \"bo\"\n"
        let (fixed, previous) = try PeopleEdit.add(Contact(name: "ana", way: .email("ana@example.org"))).applied(to: broken, file: file)
        #expect(previous == nil)
        #expect(fixed == "# mine\n[people.\"ana\"]\nemail = \"ana@example.org\"\n\n[people.\"Bo\"]\nemail = \"bo\"\n")
        let (removed, _) = try PeopleEdit.remove(name: "BO").applied(to: fixed, file: file)
        #expect(removed == "# mine\n[people.\"ana\"]\nemail = \"ana@example.org\"\n")
        #expect(PeopleParser.parse(removed, file: file).problems.isEmpty)
    }

    @Test("removing someone takes out their table only")
    func removeKeepsTheRest() throws {
        let (edited, previous) = try PeopleEdit.remove(name: "JOSE").applied(to: commented, file: file)
        #expect(previous?.name == "José")
        #expect(edited == """
            # the people I send to
            [people."Ana"]   # my sister
            send = ["signal-cli", "send", "-m", "{message}", "+4915550100"]

            # end of the list

            """)
    }

    @Test("removing someone not there, or adding what cannot work, changes nothing and says why")
    func refusals() {
        #expect(throws: PeopleError.noSuchPerson(name: "Zed", file: file)) {
            try PeopleEdit.remove(name: "Zed").applied(to: commented, file: file)
        }
        #expect(throws: PeopleError.self) {
            try PeopleEdit.add(Contact(name: "Zed", way: .email("zed"))).applied(to: commented, file: file)
        }
        #expect(throws: PeopleError.self) {
            try PeopleEdit.add(Contact(name: "Zed", way: .command(["notify-send", "hello"], stdin: false))).applied(to: commented, file: file)
        }
        #expect(throws: PeopleError.cannotEditSafely(file: file)) {
            try PeopleEdit.remove(name: "Ana").applied(to: "people = { Ana = { email = \"a@b.c\" } }\n", file: file)
        }
    }

    @Test("names and arguments with quotes, backslashes and newlines are written as TOML that reads back exactly")
    func hostileValues() throws {
        let contact = Contact(name: "Dr. \"Q\" \\ 日本", way: .command(["/opt/my tool/send", "--say", "{message}", "line\nbreak"], stdin: true))
        let (edited, _) = try PeopleEdit.add(contact).applied(to: "", file: file)
        #expect(PeopleParser.parse(edited, file: file).book.contacts == [contact])
    }

    @Test("on disk: the example is written once, edits are atomic and the file is 0600")
    func onDisk() throws {
        try ConfigTestFolder.with { folder in
            let url = folder.appendingPathComponent("tend/people.toml")
            let people = PeopleFile(url: url)
            #expect(people.load().fileExists == false)
            #expect(try people.createExample())
            #expect(try !people.createExample())
            #expect(try ConfigTestFolder.read(url) == PeopleExample.text)
            #expect(try ConfigTestFolder.mode(of: url.path) == 0o600)
            try people.apply(.add(Contact(name: "José", way: .email("jose@example.org"))))
            #expect(try ConfigTestFolder.read(url).hasPrefix(PeopleExample.text))
            #expect(people.load().book.contact(for: "jose") != nil)
            #expect(try ConfigTestFolder.mode(of: url.path) == 0o600)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
            #expect(leftovers == ["people.toml"])
        }
    }
}
