import Foundation
import Testing
import TendCore
import TendScheduler

/// The weekly look-back as a scheduled prompt: off unless `[review]` is
/// there, then due on its days like the rituals, and settled by a review.
@Suite("The weekly review prompt")
struct ReviewPromptTests {
    static func scheduler(review: ScheduledPrompt?) -> Scheduler {
        var schedule = Fixtures.scheduler(morning: nil, bedtime: nil).schedule
        schedule.review = review
        return Scheduler(schedule: schedule)
    }

    static let sunday = Schedule.defaultReview

    @Test("off, it is never due and never wakes anyone")
    func off() {
        let scheduler = Self.scheduler(review: nil)
        #expect(scheduler.due(at: Fixtures.at("2026-06-14T19:00:30+02:00"), fired: [], timeZone: Fixtures.berlin).isEmpty)
        #expect(scheduler.nextWake(after: Fixtures.at("2026-06-14T18:00:00+02:00"), fired: [], timeZone: Fixtures.berlin) == nil)
    }

    @Test("on, it is due on Sunday at 19:00 local time, and only on Sunday")
    func sundayEvening() throws {
        let scheduler = Self.scheduler(review: Self.sunday)
        let due = scheduler.due(at: Fixtures.at("2026-06-14T19:00:30+02:00"), fired: [], timeZone: Fixtures.berlin)
        #expect(due.map(\.firing) == [Firing(promptID: .review, day: Fixtures.day("2026-06-14"))])
        #expect(due.first?.prompt.kind.title == "Weekly look-back")
        #expect(scheduler.due(at: Fixtures.at("2026-06-13T19:00:30+02:00"), fired: [], timeZone: Fixtures.berlin).isEmpty)
        #expect(scheduler.nextWake(after: Fixtures.at("2026-06-10T12:00:00+02:00"), fired: [], timeZone: Fixtures.berlin)
                == Fixtures.at("2026-06-14T19:00:00+02:00"))
    }

    @Test("a review written that day settles it, on time and as a catch-up")
    func doneBeforeItsTime() {
        let scheduler = Self.scheduler(review: Self.sunday)
        let review = Record(.review(Review(from: Fixtures.day("2026-06-08"), to: Fixtures.day("2026-06-14"), wentWell: "A slow walk.")),
                            at: LocalTime(Fixtures.at("2026-06-14T10:00:00+02:00"), in: Fixtures.berlin))
        let done = DoneRituals.firings(in: [review])
        #expect(done == [Firing(promptID: .review, day: Fixtures.day("2026-06-14"))])
        for time in ["2026-06-14T19:00:30+02:00", "2026-06-14T22:00:00+02:00"] {
            #expect(scheduler.due(at: Fixtures.at(time), fired: [], done: done, timeZone: Fixtures.berlin).isEmpty, "\(time)")
        }
    }
}
