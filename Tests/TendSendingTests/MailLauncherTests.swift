import Foundation
import Testing
import TendCore
import TendSending
import TendTestSupport

/// Email opens the user's mail program with the message filled in; Tend sends nothing itself.
@Suite("Sending: email")
struct MailLauncherTests {
    static func plan(_ address: String) -> SendPlan {
        let message = OutgoingMessage(recordID: RecordSamples.id(1), person: "José", text: "You waited & smiled.\nAgain.",
                                      invite: nil, date: "2026-11-23")
        return SendPlan(message: message, contact: Contact(name: "José", way: .email(address)))
    }

    static func sender(_ bin: String) -> MessageSender {
        MessageSender(environment: ["PATH": bin], timeLimit: 5, clipboard: Clipboard(environment: ["PATH": bin]),
                      subject: "A small thank-you")
    }

    @Test("xdg-email gets the subject, the body and the address as separate arguments")
    func xdgEmail() throws {
        let dir = TemporaryDirectory()
        let email = try FakeCommand.make("xdg-email", in: dir.appending("bin"))
        let open = try FakeCommand.make("xdg-open", in: dir.appending("bin"))
        #expect(Self.sender(dir.appending("bin")).send(Self.plan("jose@example.org")) == .emailOpened(tool: "xdg-email"))
        #expect(email.arguments == ["--subject", "A small thank-you", "--body", "You waited & smiled.\nAgain.", "jose@example.org"])
        #expect(!open.wasRun)
    }

    @Test("without xdg-email, a mailto: URL goes to xdg-open, encoded as RFC 6068 says")
    func mailto() throws {
        let dir = TemporaryDirectory()
        let open = try FakeCommand.make("xdg-open", in: dir.appending("bin"))
        #expect(Self.sender(dir.appending("bin")).send(Self.plan("jose+tend@example.org")) == .emailOpened(tool: "xdg-open"))
        #expect(open.arguments == ["mailto:jose%2Btend@example.org?subject=A%20small%20thank-you&body=You%20waited%20%26%20smiled.%0D%0AAgain."])
    }

    @Test("with neither, it says what to install")
    func neither() {
        let dir = TemporaryDirectory()
        let outcome = Self.sender(dir.path).send(Self.plan("jose@example.org"))
        #expect(outcome == .failed(reason: "To open your mail program Tend needs xdg-email or xdg-open (on Debian and Ubuntu: apt install xdg-utils)."))
    }

    @Test("a mail program that fails is named with what it said")
    func failing() throws {
        let dir = TemporaryDirectory()
        _ = try FakeCommand.make("xdg-email", in: dir.appending("bin"), exitStatus: 3, stderr: "xdg-email: no method available for opening 'mailto:'")
        let outcome = Self.sender(dir.appending("bin")).send(Self.plan("jose@example.org"))
        #expect(outcome == .failed(reason: "xdg-email stopped with status 3: xdg-email: no method available for opening 'mailto:'"))
    }
}
