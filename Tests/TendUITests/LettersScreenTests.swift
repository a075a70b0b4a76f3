import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendStorage
import TendTestSupport
@testable import TendUI

/// Two people who share one folder (a temporary one): Sam sends through the
/// bedtime screen's send offer, into his own file; Ana's home says so, and
/// her letters screen reads it. Sends go through the real `LetterPost` and
/// reads through the real `LetterShelf`; the rest of the runtime is the harness.
@Suite("Letters in the app", .serialized)
struct LettersScreenTests {
    static let evening = Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 30))

    /// A shared folder for one test, removed afterwards.
    final class Share {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tend-ui-share-\(UUID().uuidString.prefix(8))")
        var folder: SharedFolder { SharedFolder(path: root.appendingPathComponent("sam-and-ana").path, written: "~/Sync/sam-and-ana") }

        init() throws {
            try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func file(_ name: String) -> String { folder.path + "/" + name }

        /// What `me`'s Tend reads there, from `other`.
        func box(as me: String, from other: String, records: [Record] = []) -> LetterBox {
            LetterBox(letters: LetterShelf.read(book: PeopleBook([Contact(name: other, way: .share(folder))]), me: me).letters,
                      records: records)
        }

        /// A harness whose sends go into the folder as `me`, as the app's runtime does.
        func writer(_ me: String, to other: String, root: any Screen = ThanksScreen(), size: Size = Size(width: 80, height: 24),
                    context: ScreenContext = LettersScreenTests.evening) -> AppHarness {
            var app = AppHarness(root: root, size: size, context: context)
            app.people = PeopleBook([Contact(name: other, way: .share(folder))])
            let folder = self.folder
            app.sender = { plan in
                let time = plan.message.written ?? RecordSamples.time()
                do {
                    let result = try LetterPost(folder: folder, me: me).send(plan.message, to: other, written: time, sent: time,
                                                                             age: AgeTool(environment: [:]))
                    return .shared(folder: folder.written, alreadyThere: result == .alreadyThere)
                } catch {
                    return .failed(reason: "\(error)")
                }
            }
            return app
        }

        func stamp(_ name: String) -> (Int, String) {
            var info = stat()
            guard stat(file(name), &info) == 0 else { return (-1, "") }
            return (Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec),
                    (try? String(contentsOfFile: file(name), encoding: .utf8)) ?? "")
        }
    }

    /// Writes the bedtime sentence to `name` on `app` and accepts the send offer.
    static func sendTonight(_ text: String, to name: String, on app: inout AppHarness) {
        app.type(name)
        app.press(.enter)
        app.type(text)
        app.press(.enter)
        app.press(.enter)
        app.advance(by: 0)
    }

    static func home(for box: LetterBox, size: Size = Size(width: 80, height: 24)) -> AppHarness {
        var context = evening
        context.data.letters = box
        return AppHarness(root: HomeScreen(), size: size, context: context)
    }

    @Test("Sam sends through the send offer; Ana's home says so, her letters show it, and her reply reaches Sam")
    func twoPeople() throws {
        let share = try Share()
        var sam = share.writer("Sam", to: "Ana")
        sam.type("Ana")
        sam.press(.enter)
        sam.type("You kept the soup warm for me")
        sam.press(.enter)
        #expect(sam.screen.contains("Send it to Ana?"))
        #expect(sam.screen.contains("It goes into the folder you share with Ana, where their Tend finds it."))
        #expect(!sam.screen.contains("invitation"), "she uses Tend already: no invitation")
        sam.press(.enter)
        sam.advance(by: 0)
        #expect(sam.state.report?.text == "In the folder you share with Ana. Their Tend shows it once the folder syncs. Sleep well.")
        let sent = sam.saved.compactMap { r -> Edit? in if case .edit(let e) = r.payload { return e } else { return nil } }
        #expect(sent.first?.set["via"] == .string("share"))
        #expect(FileManager.default.fileExists(atPath: share.file("Sam.jsonl")))
        #expect(!FileManager.default.fileExists(atPath: share.file("Ana.jsonl")), "Sam writes only his own file")
        let samsFile = share.stamp("Sam.jsonl")

        var ana = Self.home(for: share.box(as: "Ana", from: "Sam"))
        #expect(ana.screen.contains("✉ Sam wrote you something · i to read"))
        expectSnapshot(ana.snapshot, named: "home-letter-80x24")
        ana.press(.character("i"))
        #expect(ana.screen.contains("From Sam"))
        #expect(ana.screen.contains("You kept the soup warm for me"))
        ana.press(.enter)
        #expect(ana.saved.map(\.kind) == [.letterRead])
        ana.press(.escape)
        ana.press(.escape)
        #expect(ana.state.topRoute == .home)
        #expect(!ana.screen.contains("wrote you something"), "read: home is quiet again")

        // Her reply, from her own bedtime screen, into her own file.
        var reply = share.writer("Ana", to: "Sam")
        Self.sendTonight("You listened to the whole story", to: "Sam", on: &reply)
        let samReads = share.box(as: "Sam", from: "Ana")
        #expect(samReads.letters.map(\.letter.text) == ["You listened to the whole story"])
        #expect(Self.home(for: samReads).screen.contains("✉ Ana wrote you something"))
        #expect(share.stamp("Sam.jsonl") == samsFile, "Ana's Tend never wrote Sam's file")
    }

    @Test("h puts a letter out of sight (a note in her journal), a shows it again, h brings it back")
    func hiding() throws {
        let share = try Share()
        var sam = share.writer("Sam", to: "Ana")
        Self.sendTonight("First", to: "Ana", on: &sam)
        var app = Self.home(for: share.box(as: "Ana", from: "Sam"))
        app.press(.character("i"))
        app.press(.character("h"))
        #expect(app.saved.map(\.kind) == [.letterHidden])
        #expect(app.state.report?.text == "Out of sight here; Sam's file is left as it is.")
        #expect(app.screen.contains("Every letter is out of sight; a shows them."))
        app.press(.character("a"))
        #expect(app.screen.contains("hidden"))
        app.press(.character("h"))
        guard case .delete(let delete)? = app.saved.last?.payload else { Issue.record("no delete"); return }
        #expect(delete.target == app.saved[0].id)
        #expect(app.state.report?.text == "Shown again.")
        #expect(app.state.context.data.letters.hiddenBy.isEmpty)
    }

    @Test("letters at every size, read and unread; tiny windows do not trap", arguments: [
        Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 120, height: 40),
    ])
    func sizes(size: Size) throws {
        let share = try Share()
        var sam = share.writer("Sam", to: "Ana")
        Self.sendTonight("You stayed up to help with the essay, and made tea twice", to: "Ana", on: &sam)
        var second = share.writer("Sam", to: "Ana", context: Fixtures.context(at: Fixtures.date(2026, 11, 24, 21, 30)))
        Self.sendTonight("You laughed at my terrible joke", to: "Ana", on: &second)
        let box = share.box(as: "Ana", from: "Sam")
        var app = Self.home(for: box, size: size)
        app.press(.character("i"))
        app.press(.character("j"))
        app.press(.enter)
        app.press(.escape)
        expectSnapshot(app.snapshot, named: "letters-\(size)")
        app.press(.enter)
        expectSnapshot(app.snapshot, named: "letter-\(size)")
        for tiny in [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 12, height: 5)] {
            app.resize(tiny)
            _ = app.screen
        }
    }

    @Test("a letter's words are data: escape sequences and controls reach the screen harmless")
    func hostileWords() throws {
        let share = try Share()
        let path = share.file("Sam.jsonl")
        let letter = Letter(id: RecordSamples.id(1), written: RecordSamples.time(), from: "Sam\u{1B}]0;pwned\u{07}", to: "Ana",
                            body: .text("Hi \u{1B}[2J\u{1B}]52;c;aGk=\u{07} there\u{202E}"), sent: RecordSamples.time())
        #expect(FileManager.default.createFile(atPath: path, contents: Data(letter.jsonLine + [0x0A])))
        var app = Self.home(for: share.box(as: "Ana", from: "Sam\u{1B}[31m"))
        app.press(.character("i"))
        app.press(.enter)
        let screen = app.screen
        #expect(!screen.contains("\u{1B}") && !screen.contains("\u{07}") && !screen.contains("\u{202E}"))
        #expect(screen.contains("Hi ␛␛ there"))
    }

    @Test("with no folder shared, or no [me] name, the letters screen says how to set it up")
    func setUp() {
        let words = PromptLibrary.builtIn.letters
        var none = Self.home(for: LetterBox(setup: .noFolder))
        none.letters = LetterBox(setup: .noFolder)
        none.press(.character("i"))
        none.advance(by: 0)
        #expect(none.screen.contains("Letters come through a folder you share"))
        var nameless = Self.home(for: LetterBox(setup: .needsName))
        nameless.letters = LetterBox(setup: .needsName)
        nameless.press(.character("i"))
        nameless.advance(by: 0)
        #expect(nameless.screen.contains(String(words.noName.prefix(30))))
        #expect(!Self.home(for: LetterBox()).screen.contains("wrote you"), "nothing to say, nothing said")
    }

    @Test("l in browse opens the letters too")
    func fromBrowse() throws {
        let share = try Share()
        var sam = share.writer("Sam", to: "Ana")
        Self.sendTonight("You fixed the gate", to: "Ana", on: &sam)
        var context = Self.evening
        context.data.letters = share.box(as: "Ana", from: "Sam")
        var app = AppHarness(root: BrowseScreen(records: [RecordSamples.appreciation(1)], context: context), context: context)
        #expect(app.screen.split(separator: "\n")[2].hasSuffix("✉ 1 new letter · i"), "\(app.screen)")
        app.press(.character("i"))
        #expect(app.state.topRoute == .letters)
        #expect(app.screen.contains("From Sam"))
    }
}
