/// The words around letters from a shared folder, from prompts.toml's
/// `[letters]`: home's quiet line, the letters screen and `tend letters`.
/// `{name}`, `{names}` and `{reason}` are filled with `SendingWords.fill`.
public struct LetterWords: Hashable, Sendable {
    /// Home, when something unread waits: "Sam wrote you something".
    public var waiting: String
    /// Beside it: the key that opens the letters.
    public var waitingKey: String
    public var heading: String
    public var unreadTag: String
    public var empty: String
    public var setUp: String
    public var noName: String
    public var hidden: String
    public var shownAgain: String
    public var allHidden: String
    public var sealed: String
    /// Why a sealed letter could not be opened, when nothing says more.
    public var noKey = ""
    /// While the folders are read.
    public var looking = ""
    /// A letter out of sight: its tag in the list, beside its date, and in the count.
    public var hiddenTag = ""
    public var outOfSight = ""
    public var countedOutOfSight = ""
    public var moreOutOfSight = ""

    public init(waiting: String = "", waitingKey: String = "", heading: String = "", unreadTag: String = "", empty: String = "",
                setUp: String = "", noName: String = "", hidden: String = "", shownAgain: String = "", allHidden: String = "",
                sealed: String = "") {
        self.waiting = waiting; self.waitingKey = waitingKey; self.heading = heading; self.unreadTag = unreadTag
        self.empty = empty; self.setUp = setUp; self.noName = noName; self.hidden = hidden; self.shownAgain = shownAgain
        self.allHidden = allHidden; self.sealed = sealed
    }

    /// "Sam wrote you something", "Sam and Ana wrote you something".
    public func waiting(from names: [String]) -> String {
        let joined: String
        switch names.count {
        case 0: return ""
        case 1: joined = names[0]
        case 2: joined = names[0] + " and " + names[1]
        default: joined = names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
        return SendingWords.fill(waiting, ["names": joined])
    }
}
