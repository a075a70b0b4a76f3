import Testing
import TendCore

@Suite("The breathing guide")
struct BreathPlanTests {
    let five = BreathPlan(duration: 5)

    @Test("a five-second pause breathes in for two seconds, then out for three")
    func phases() {
        #expect(five.frame(at: 0).phase == .breatheIn)
        #expect(five.frame(at: 1.9).phase == .breatheIn)
        #expect(five.frame(at: 2.1).phase == .breatheOut)
        #expect(five.frame(at: 4.9).phase == .breatheOut)
    }

    @Test("the shape fills on the in-breath and empties on the out-breath")
    func fullness() {
        #expect(five.frame(at: 0).fullness < 0.01)
        #expect(five.frame(at: 1).fullness > 0.4)
        #expect(abs(five.frame(at: 2).fullness - 1) < 0.01)
        #expect(five.frame(at: 3.5).fullness < five.frame(at: 2.5).fullness)
    }

    @Test("seconds left count down from the length, ending at zero when done")
    func secondsLeft() {
        #expect(five.frame(at: 0).secondsLeft == 5)
        #expect(five.frame(at: 1.25).secondsLeft == 4)
        #expect(five.frame(at: 3.75).secondsLeft == 2)
        #expect(five.frame(at: 5).phase == .done)
        #expect(five.frame(at: 5).secondsLeft == 0)
    }

    @Test("a long pause is several whole breaths")
    func longPause() {
        let plan = BreathPlan(duration: 30)
        #expect(plan.cycle == 5)
        #expect(plan.frame(at: 5.5).phase == .breatheIn)
    }

    @Test("a short pause is one breath")
    func shortPause() {
        let plan = BreathPlan(duration: 2)
        #expect(plan.cycle == 2)
        #expect(plan.frame(at: 0.5).phase == .breatheIn)
        #expect(plan.frame(at: 1.0).phase == .breatheOut)
    }
}
