import TendCore
import TendTestSupport
import Testing
@testable import TendUI

@Suite("StepForm")
struct StepFormTests {
    enum Step: String, FormStep {
        case first, second
        var name: String { rawValue }
        var draftName: String { rawValue }
    }

    @Test("Enter twice while a save is on its way asks once; the answer marks it saved")
    func savesOnce() {
        var form = StepForm<Step>(saveTag: "t")
        let payload = Payload.tally(Tally(tone: .positive, text: "tea"))
        #expect(form.save(payload) == [.save(payload, tag: "t")])
        #expect(form.save(payload) == [])
        let record = Record(payload, at: LocalTime(Fixtures.morning, in: .current))
        #expect(form.answer(to: .saved("other", .success(record))) == nil, "someone else's save")
        #expect(form.answer(to: .saved("t", .success(record)))?.tag == "t")
        #expect(form.isSaved)
        #expect(!form.hasDraft(hasWords: true))
    }

    @Test("a failed save keeps the form as it was, ready to try again")
    func failedSave() {
        var form = StepForm<Step>(saveTag: "t")
        let payload = Payload.tally(Tally(tone: .negative, text: "late again"))
        _ = form.save(payload)
        _ = form.answer(to: .saved("t", .failure(SaveFailure("disk full"))))
        #expect(!form.isSaved)
        #expect(form.hasDraft(hasWords: true))
        #expect(form.save(payload) == [.save(payload, tag: "t")])
    }

    @Test("leaving with words asks first; a second Esc leaves, any other key stays")
    func leaveAsks() {
        var form = StepForm<Step>(saveTag: "t", endsApp: true)
        var wasAsking = form.takeKey()
        #expect(form.leave(hasWords: true, confirmed: wasAsking, report: nil) == [])
        #expect(form.hint?.hasPrefix("Leave without saving?") == true)
        wasAsking = form.takeKey()
        #expect(form.leave(hasWords: true, confirmed: wasAsking, report: Report("Bye.")) == [.report(Report("Bye.")), .quit(status: 0)])
        wasAsking = form.takeKey()
        _ = form.leave(hasWords: true, confirmed: wasAsking, report: nil)
        form.takeKey()
        #expect(form.hint == nil && !form.isAskingToLeave, "another key answered: stay")
    }

    @Test("steps go forward and back; a draft names the step and resumes there")
    func steps() {
        var form = StepForm<Step>(saveTag: "t")
        let wentBack = form.back()
        #expect(!wentBack)
        form.next()
        #expect(form.step == .second && form.isLast)
        let draft = form.draft(.tally, hasWords: true, words: ["text": "a"])
        #expect(draft?.step == "second")
        let resumed = StepForm<Step>(saveTag: "t", resuming: draft)
        #expect(resumed.step == .second)
    }
}
