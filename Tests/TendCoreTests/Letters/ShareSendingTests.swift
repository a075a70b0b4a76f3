import Testing
import TendCore
import TendJournalFormat
import TendTestSupport

@Suite("Sending through a shared folder")
struct ShareSendingTests {
    static let words = PromptLibrary.builtIn.sending
    static let contact = Contact(name: "Ana", way: .share(SharedFolder(path: "/home/sam/Sync/sam-and-ana", written: "~/Sync/sam-and-ana")))

    @Test("someone reached through a shared folder uses Tend already: no invitation, and via is share")
    func noInvitation() throws {
        let record = RecordSamples.appreciation(3, person: "Ana", text: "You fixed the bike.")
        let plan = try #require(SendPlan.make(for: record, contact: Self.contact, isFirstToPerson: true, options: SendingOptions(),
                                              words: Self.words))
        #expect(plan.message.invite == nil)
        #expect(plan.message.message == "You fixed the bike.")
        #expect(plan.message.written == record.time, "the letter keeps when it was written")
        #expect(plan.via == .share)
        #expect(SendOutcome.shared(folder: "~/Sync/x", alreadyThere: false).via == .share)
        #expect(SendOutcome.shared(folder: "~/Sync/x", alreadyThere: true).via == .share)
    }

    @Test("a sent edit says via share, and the journal reads it back")
    func sentEdit() throws {
        let edit = SentEdit.marking(RecordSamples.id(3), sent: RecordSamples.time(plusMinutes: 1), via: .share)
        let folded = History([RecordSamples.appreciation(3), Record(.edit(edit), at: RecordSamples.time(plusMinutes: 1))]).records
        guard case .appreciation(let a)? = folded.first?.payload else { Issue.record("no appreciation"); return }
        #expect(a.via == .share)
        #expect(String(decoding: Record(.edit(edit), at: RecordSamples.time()).jsonLine, as: UTF8.self).contains(#""via":"share""#))
    }
}
