import TendCore

/// The saves a screen has asked for and not yet heard back about. Asking
/// twice with the same tag while the first is on its way asks once (a
/// second Enter never writes a second record); the answer clears the tag.
public struct PendingSaves: Hashable, Sendable {
    public private(set) var tags: Set<SaveTag> = []

    public init() {}

    public var isEmpty: Bool { tags.isEmpty }
    public func contains(_ tag: SaveTag) -> Bool { tags.contains(tag) }

    /// The effect that saves `payload`, or none while that tag is already on its way.
    public mutating func save(_ payload: Payload, tag: SaveTag) -> [Effect] {
        guard tags.insert(tag).inserted else { return [] }
        return [.save(payload, tag: tag)]
    }

    /// The answer to one of our saves, if `event` is one; the tag is then done.
    public mutating func answer(to event: Event) -> (tag: SaveTag, result: SaveResult)? {
        guard case .saved(let tag, let result) = event, tags.remove(tag) != nil else { return nil }
        return (tag, result)
    }
}
