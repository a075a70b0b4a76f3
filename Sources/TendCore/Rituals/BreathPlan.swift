import Foundation

/// The guided breath of a doorway pause: in, then a longer out, repeated.
/// Everything is a function of seconds since the start, so the guide never
/// drifts, however irregular the frames are.
public struct BreathPlan: Hashable, Sendable {
    public enum Phase: String, Hashable, Sendable { case breatheIn, breatheOut, done }

    /// What the guide shows at one instant.
    public struct Frame: Hashable, Sendable {
        public var phase: Phase
        /// How full the shape is, 0 (empty lungs) to 1 (full).
        public var fullness: Double
        /// Whole seconds left, counted up (5, 4, … 1; 0 when done).
        public var secondsLeft: Int
    }

    /// The whole pause, in seconds.
    public let duration: Double
    /// One breath: two fifths in, three fifths out.
    public let cycle: Double

    /// A pause of `duration` seconds, in breaths of about five seconds; a
    /// short pause is one breath.
    public init(duration: Double, cycle: Double = 5) {
        self.duration = Swift.max(0, duration)
        let breaths = Swift.max(1, (self.duration / cycle).rounded())
        self.cycle = self.duration > 0 ? self.duration / breaths : cycle
    }

    public func frame(at elapsed: Double) -> Frame {
        guard elapsed < duration else { return Frame(phase: .done, fullness: 0, secondsLeft: 0) }
        let t = Swift.max(0, elapsed).truncatingRemainder(dividingBy: cycle) / cycle
        let left = Int((duration - Swift.max(0, elapsed)).rounded(.up))
        let inShare = 0.4
        if t < inShare {
            return Frame(phase: .breatheIn, fullness: ease(t / inShare), secondsLeft: left)
        }
        return Frame(phase: .breatheOut, fullness: 1 - ease((t - inShare) / (1 - inShare)), secondsLeft: left)
    }

    /// A gentle start and stop, like a breath.
    private func ease(_ x: Double) -> Double { (1 - cos(x * Double.pi)) / 2 }
}
