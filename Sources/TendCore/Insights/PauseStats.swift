/// The doorway pauses of this week (Monday to Sunday): how many, how they
/// ended, and the intention chosen most.
public struct PauseStats: Hashable, Sendable {
    public private(set) var completed = 0
    public private(set) var cancelled = 0
    private var intentions: [Intention: Int] = [:]

    init() {}

    mutating func add(_ pause: Pause) {
        switch pause.outcome {
        case .completed: completed += 1
        case .cancelled: cancelled += 1
        }
        intentions[pause.intention, default: 0] += 1
    }

    public var count: Int { completed + cancelled }

    /// How often each intention was chosen this week.
    public func count(of intention: Intention) -> Int { intentions[intention, default: 0] }

    /// The intention chosen most this week; on a tie, the first in
    /// notice, listen, encourage order. Nil without pauses.
    public var mostChosenIntention: Intention? {
        guard count > 0 else { return nil }
        return Intention.allCases.max { a, b in
            count(of: a) != count(of: b) ? count(of: a) < count(of: b) : a.order > b.order
        }
    }
}

private extension Intention {
    var order: Int { Intention.allCases.firstIndex(of: self) ?? 0 }
}
