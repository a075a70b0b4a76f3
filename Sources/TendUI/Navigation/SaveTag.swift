import TendCore

/// Names a save, so its answer finds the screen that asked: `.save(payload,
/// tag:)` is answered by `.saved(tag, result)` (as TCA correlates a
/// response with its request). A screen keeps no `isSaving` flag of its
/// own; `PendingSaves` knows which tags are on their way.
public struct SaveTag: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public init(stringLiteral name: String) { self.name = name }
    public var description: String { name }

    /// The `sent` edit the runtime writes after a send went out.
    public static let sent: SaveTag = "sent"
}

/// Why a save did not reach the disk, in words for the user.
public struct SaveFailure: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// What became of a save: the record as written, or why not.
public typealias SaveResult = Result<Record, SaveFailure>
