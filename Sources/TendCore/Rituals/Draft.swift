import Foundation

/// The words and choices of a ritual not finished yet: an appreciation, a
/// repair, a check-in, a balance note or a meeting's round. The app keeps one on disk as the user types, so a
/// closed terminal, a signal or a crash loses nothing, and offers it back on
/// the next start. Pure data: the screens make and read it, storage keeps it.
public struct Draft: Hashable, Codable, Sendable {
    public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
        case appreciation
        case repair
        case checkIn = "check-in"
        case tally
        /// A meeting's round; its label is in `words["label"]`.
        case meeting
        case reflection
        case review
    }

    public var kind: Kind
    /// Names the draft's file; empty until the app first keeps it.
    public var id: String
    /// Where the user was: the screen's step or field (`sentence`, `what`, `person`…).
    public var step: String
    /// The words, by field (`person`, `text`, `who`, `happened`, `myPart`).
    public var words: [String: String]
    /// The choices made, by name (`mood`, `intention`, `latency`, `practiceOffset`…).
    public var choices: [String: Int]
    /// The record a check-in replaces, if the user chose to replace one.
    public var replacing: String?

    public init(kind: Kind, id: String = "", step: String, words: [String: String], choices: [String: Int] = [:],
                replacing: String? = nil) {
        self.kind = kind; self.id = id; self.step = step
        self.words = words; self.choices = choices; self.replacing = replacing
    }

    /// The words of `field`, or "" when there are none.
    public subscript(field: String) -> String { words[field] ?? "" }

    /// Who the draft is about: the appreciated person, the one a repair is with,
    /// or whom a check-in's practice is for. Empty when not written yet.
    public var person: String {
        (kind == .repair ? self["who"] : self["person"]).trimmed()
    }

    /// A new id for a draft started at `date`; `salt` (any changing number,
    /// such as a monotonic clock's nanoseconds) keeps two started in the same
    /// second apart. Only `a-z 0-9 -`, so it is safe as a file name.
    public static func makeID(_ kind: Kind, at date: Date, salt: UInt64) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        return "\(kind.rawValue)-\(seconds)-\(String(salt & 0xFF_FFFF_FFFF, radix: 16))"
    }

    /// True for ids `makeID` could have made (and nothing that could leave a folder).
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 80 && id.utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D
        }
    }
}
