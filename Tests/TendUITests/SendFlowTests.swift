import Foundation
import Testing
import TendCore
import TendTestSupport
@testable import TendUI

/// Sending the bedtime sentence to the person it is about, on the bedtime
/// screen and from browse. The runtime's part (people.toml, the command)
/// is played by `AppHarness`, which answers as the real one does.
@Suite("Sending an appreciation")
struct SendFlowTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12)]
    static let evening = Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 30))
    static let words = PromptLibrary.builtIn.sending
    static let ana = Contact(name: "Ana", way: .command(["signal-cli", "send", "-m", "{message}", "+4915550100"], stdin: false))

    /// The bedtime screen with the sentence written and saved.
    static func saved(_ text: String = "You fixed my bike before work", to name: String = "Ana", size: Size = Size(width: 80, height: 24),
                      context: ScreenContext = evening, fromHome: Bool = false) -> AppHarness {
        var app = AppHarness(root: fromHome ? HomeScreen() : ThanksScreen(), size: size, context: context)
        app.people = PeopleBook([ana])
        if fromHome { app.press(.character("t")) }
        app.type(name)
        app.press(.enter)
        app.type(text)
        app.press(.enter)
        return app
    }

    static func sentEdits(_ app: AppHarness) -> [Edit] {
        app.saved.compactMap { record -> Edit? in
            guard case .edit(let edit) = record.payload, edit.set["sent"] != nil else { return nil }
            return edit
        }
    }

    @Test("after saving, it asks to send, showing the exact message that will leave, at every size", arguments: sizes)
    func offer(size: Size) {
        let app = Self.saved(size: size)
        expectSnapshot(app.snapshot, named: "send-offer-\(size)")
        #expect(app.screen.contains("Send it to Ana?"))
    }

    @Test("Enter sends the sentence with the invitation, shows Sending… for a frame, then records it as sent")
    func sends() throws {
        var app = Self.saved()
        #expect(app.screen.contains("You fixed my bike before work"))
        #expect(app.screen.contains("It goes through signal-cli, as people.toml says."))
        app.press(.enter)
        #expect(app.screen.contains("Sending to Ana…"))
        #expect(app.sentPlans.isEmpty, "the send waits for the next frame, so Sending… is drawn first")
        app.advance(by: 0)
        let plan = try #require(app.sentPlans.first)
        #expect(plan.message.message == "You fixed my bike before work\n\n" + Self.words.invite)
        #expect(plan.contact == Self.ana)
        let edit = try #require(Self.sentEdits(app).first)
        #expect(edit.set["via"] == .string("command"))
        guard case .appreciation(let a)? = app.saved.first?.payload else { Issue.record("not saved"); return }
        #expect(edit.target == app.saved.first?.id)
        #expect(a.text == "You fixed my bike before work")
        #expect(app.state.report?.text == "Sent to Ana. Sleep well.")
        let folded = app.state.context.data.journal.records.compactMap { r -> Appreciation? in
            if case .appreciation(let a) = r.payload { return a } else { return nil }
        }
        #expect(folded.first?.via == .command, "the app's own journal sees it sent")
    }

    @Test("e changes the words for this one send; the journal keeps the sentence as written")
    func editsOnce() throws {
        var app = Self.saved()
        app.press(.character("e"))
        #expect(app.state.top.isTakingText)
        app.press(.control("u"))
        app.type("You fixed my bike, and my morning")
        app.press(.enter)
        #expect(app.screen.contains("You fixed my bike, and my morning"))
        app.press(.enter)
        app.advance(by: 0)
        let plan = try #require(app.sentPlans.first)
        #expect(plan.message.text == "You fixed my bike, and my morning")
        guard case .appreciation(let a)? = app.saved.first?.payload else { Issue.record("not saved"); return }
        #expect(a.text == "You fixed my bike before work")
    }

    @Test("i leaves the invitation out of this message, and i again brings it back")
    func inviteToggle() throws {
        var app = Self.saved()
        #expect(app.screen.contains("try it too"))
        app.press(.character("i"))
        #expect(!app.screen.contains("try it too"))
        app.press(.enter)
        app.advance(by: 0)
        #expect(try #require(app.sentPlans.first).message.message == "You fixed my bike before work")
    }

    @Test("the second message to someone carries no invitation; neither does any with [sending] invite = false")
    func inviteOnlyFirst() {
        var app = Self.saved(fromHome: true)
        app.press(.enter)
        app.advance(by: 0)
        #expect(app.state.topRoute == .home)
        app.press(.character("t"))
        var second = app
        second.type("ana")
        second.press(.enter)
        second.type("You waited for me at the station")
        second.press(.enter)
        #expect(second.screen.contains("Send it to Ana?"))
        #expect(!second.screen.contains("try it too"))

        var config = TendConfig()
        config.sending.invite = .off
        var context = Self.evening
        context.data.config = config
        let off = Self.saved(context: context)
        #expect(off.screen.contains("Send it to Ana?"))
        #expect(!off.screen.contains("try it too"))
    }

    @Test("Esc keeps it private: nothing is sent, and it stays in the journal")
    func keepsPrivate() {
        var app = Self.saved()
        app.press(.escape)
        #expect(app.sentPlans.isEmpty)
        #expect(Self.sentEdits(app).isEmpty)
        #expect(app.saved.count == 1)
        #expect(app.state.report?.text == "Kept private, in your journal. Sleep well.")
    }

    @Test("a failed send keeps the appreciation saved and not sent, with the reason on screen; Enter tries again")
    func failedSend() throws {
        var app = Self.saved()
        app.sendOutcome = .failed(reason: "signal-cli stopped with status 1: no network")
        app.press(.enter)
        app.advance(by: 0)
        #expect(app.screen.contains("Not sent."))
        #expect(app.screen.contains("signal-cli stopped with status 1: no network"))
        #expect(Self.sentEdits(app).isEmpty)
        #expect(app.saved.count == 1)
        app.sendOutcome = .sent(command: "signal-cli")
        app.press(.enter)
        app.advance(by: 0)
        #expect(app.sentPlans.count == 2)
        #expect(Self.sentEdits(app).count == 1)

        var giveUp = Self.saved()
        giveUp.sendOutcome = .failed(reason: "no network")
        giveUp.press(.enter)
        giveUp.advance(by: 0)
        giveUp.press(.escape)
        #expect(giveUp.screen.contains("Not sent. It stays in your journal, not sent yet"))
    }

    @Test("with no way set up it copies; when nothing can copy, the words are shown plainly and Enter marks them sent")
    func clipboard() throws {
        var app = Self.saved(to: "Sam")
        #expect(app.screen.contains("No way to reach Sam is set up yet"))
        app.sendOutcome = .clipboard(.askedTerminal)
        app.press(.enter)
        app.advance(by: 0)
        #expect(app.screen.contains("Sent to the terminal's clipboard (some terminals ignore this)"))
        #expect(Self.sentEdits(app).first?.set["via"] == .string("clipboard"))

        var plain = Self.saved(to: "Sam")
        plain.sendOutcome = .clipboard(.unavailable)
        plain.press(.enter)
        plain.advance(by: 0)
        #expect(plain.screen.contains("Select the words above with the mouse"))
        #expect(plain.screen.split(separator: "\n").contains { $0.hasPrefix("You fixed my bike before work") }, "flush left, for a clean selection")
        #expect(Self.sentEdits(plain).isEmpty)
        plain.press(.enter)
        #expect(Self.sentEdits(plain).first?.set["via"] == .string("clipboard"))
    }

    @Test("a prompt that comes due while the offer shows waits: Enter still sends")
    func bannerWaits() throws {
        var app = Self.saved(context: Fixtures.context(at: Fixtures.date(2026, 11, 23, 21, 29, 50)))
        app.advance(by: 20) // the bedtime prompt comes due
        app.press(.enter)
        app.advance(by: 0)
        #expect(app.sentPlans.count == 1)
    }

    // MARK: Browse

    static func browse(_ records: [Record] = BrowseSamples.journal) -> AppHarness {
        var app = BrowseScreenTests.open(records)
        app.people = PeopleBook([Contact(name: "Zoë", way: .email("zoe@example.org"))])
        return app
    }

    @Test("s in browse sends the selected appreciation; the list then shows it sent")
    func browseSends() throws {
        var app = Self.browse()
        app.press(.character("j"), .character("s"))
        #expect(app.screen.contains("Send it to Zoë?"))
        #expect(app.screen.contains("Your mail program opens, addressed to zoe@example.org"))
        app.sendOutcome = .emailOpened(tool: "xdg-email")
        app.press(.enter)
        app.advance(by: 0)
        #expect(app.screen.contains(Self.words.emailOpened))
        expectSnapshot(app.snapshot, named: "browse-sent-80x24")
        app.press(.enter)
        #expect(app.screen.contains("sent Mon"), "\(app.screen)")
        #expect(app.screen.contains("✉"))
    }

    @Test("u shows only what has not been sent yet; a resend asks first")
    func unsentAndResend() throws {
        var records = BrowseSamples.journal
        let first = try #require(records.firstIndex { EntryText.isAppreciation($0) })
        guard case .appreciation(var a) = records[first].payload else { return }
        a.sent = RecordSamples.time("2026-11-20T22:00:00+00:00")
        a.via = .command
        records[first].payload = .appreciation(a)
        var app = Self.browse(records)
        app.press(.character("u"))
        #expect(app.screen.contains("Not sent yet · "))
        let unsentCount = records.filter(EntryText.isUnsent).count
        #expect(app.screen.contains("Not sent yet · \(unsentCount)"))
        app.press(.character("u"))
        // Find the sent one and ask to send it again.
        for _ in 0..<records.count where !(app.screen.contains("›") && BrowseScreenTests().selectedID(app) == records[first].id.rawValue) {
            app.press(.character("j"))
        }
        app.press(.character("s"))
        #expect(app.screen.contains("You sent this to \(a.person) on Fri 20 Nov 2026, 22:00. Send it again?"))
        app.press(.character("n"))
        #expect(app.sentPlans.isEmpty)
        app.press(.character("s"), .character("y"))
        #expect(app.screen.contains("Send it to \(a.person)?"))
        #expect(!app.screen.contains("try it too"), "a resend is never the first")
    }
}
