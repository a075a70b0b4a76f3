/// How Tend looks (`[display]`).
public struct DisplayOptions: Hashable, Sendable {
    /// False: the doorway pause is calm and static, with no breathing motion.
    public var animation: Bool

    public init(animation: Bool = true) { self.animation = animation }
}
