import Testing
import TendCore
import TendTestSupport

/// The message as it will leave, and how a send command's arguments are filled.
@Suite("Sending: the message and the command")
struct SendingTests {
    static let words = PromptLibrary.builtIn.sending
    static let record = RecordSamples.appreciation(3, person: "Ana", text: "You fixed the bike.")

    static func message(_ text: String, invite: String? = nil) -> OutgoingMessage {
        OutgoingMessage(recordID: RecordSamples.id(3), person: "Ana", text: text, invite: invite, date: "2026-11-23")
    }

    @Test("each placeholder is filled inside its own argument; the rest stay as written")
    func fillsPlaceholders() {
        let message = Self.message("You fixed the bike.", invite: "Try it too.")
        let arguments = SendTemplate.arguments(["send", "-m", "{message}", "--text={text}", "to {name} on {date}", "{other}", "{", "+49"], for: message)
        #expect(arguments == ["send", "-m", "You fixed the bike.\n\nTry it too.", "--text=You fixed the bike.",
                              "to Ana on 2026-11-23", "{other}", "{", "+49"])
    }

    @Test("a hostile message stays one argument, byte for byte, and is never filled again")
    func hostileMessage() {
        let text = "It's \"fine\" $(rm -rf ~) `id` {name} {text}\nline two 👩🏽‍🚀 \u{1B}[31m; echo gotcha"
        let arguments = SendTemplate.arguments(["signal-cli", "send", "-m", "{text}", "+4915550100"], for: Self.message(text))
        #expect(arguments.count == 5)
        #expect(Array(arguments[3].utf8) == Array(text.utf8))
    }

    @Test("unknown placeholders are found, so a typo is named instead of sent")
    func unknownPlaceholders() {
        #expect(SendTemplate.unknownPlaceholders(in: "{mesage} and {text} and {Name} and {}") == ["{mesage}"])
        #expect(SendTemplate.carriesMessage(["x", "{text}"]))
        #expect(!SendTemplate.carriesMessage(["{message}"]))
    }

    @Test("the first send to someone carries the invitation; later ones, resends and invite = false do not")
    func invitation() throws {
        let first = try #require(SendPlan.make(for: Self.record, contact: nil, isFirstToPerson: true, options: SendingOptions(), words: Self.words))
        #expect(first.message.invite == Self.words.invite)
        #expect(first.message.message == "You fixed the bike.\n\n" + Self.words.invite)
        #expect(first.via == .clipboard)
        let later = try #require(SendPlan.make(for: Self.record, contact: nil, isFirstToPerson: false, options: SendingOptions(), words: Self.words))
        #expect(later.message.message == "You fixed the bike.")
        let off = SendPlan.make(for: Self.record, contact: nil, isFirstToPerson: true, options: SendingOptions(invite: .off), words: Self.words)
        #expect(off?.message.invite == nil)
        let own = SendPlan.make(for: Self.record, contact: nil, isFirstToPerson: true, options: SendingOptions(invite: .custom("Your turn.")), words: Self.words)
        #expect(own?.message.message == "You fixed the bike.\n\nYour turn.")
        var sent = Self.record
        sent.payload = .appreciation(Appreciation(person: "Ana", text: "You fixed the bike.", sent: RecordSamples.time(), via: .command))
        let resend = SendPlan.make(for: sent, contact: nil, isFirstToPerson: true, options: SendingOptions(), words: Self.words)
        #expect(resend?.message.invite == nil)
        #expect(resend?.previouslySent == RecordSamples.time())
        #expect(SendPlan.make(for: RecordSamples.checkIn(1), contact: nil, isFirstToPerson: true, options: SendingOptions(), words: Self.words) == nil)
    }

    @Test("the journal knows who was sent to already, ignoring case and accents")
    func history() {
        var sent = RecordSamples.appreciation(4, person: "josé")
        sent.payload = .appreciation(Appreciation(person: "josé", text: "x", sent: RecordSamples.time(), via: .email))
        let records = [RecordSamples.appreciation(3, person: "Ana"), sent]
        #expect(SendHistory.hasSent(to: "JOSE", in: records))
        #expect(!SendHistory.hasSent(to: "Ana", in: records))
        #expect(SendHistory.unsent(in: records).map(\.id) == [RecordSamples.id(3)])
        #expect(SendHistory.appreciations(about: "Jose", in: records).map(\.id) == [RecordSamples.id(4)])
    }

    @Test("the words fill their names in one pass and leave unknown braces alone")
    func words() {
        #expect(SendingWords.fill("Send it to {name}? {other}", ["name": "{name}"]) == "Send it to {name}? {other}")
        #expect(Self.words.words(for: .askedTerminal, name: "Ana") == "Sent to the terminal's clipboard (some terminals ignore this)")
        #expect(Self.words.words(for: .copied(tool: "wl-copy"), name: "Ana").hasPrefix("Copied."))
        #expect(!Self.words.invite.contains("!"))
    }

    @Test("only what left counts as sent")
    func outcomes() {
        #expect(SendOutcome.sent(command: "signal-cli").via == .command)
        #expect(SendOutcome.emailOpened(tool: "xdg-email").via == .email)
        #expect(SendOutcome.clipboard(.askedTerminal).via == .clipboard)
        #expect(SendOutcome.clipboard(.unavailable).via == nil)
        #expect(SendOutcome.failed(reason: "x").via == nil)
    }
}
