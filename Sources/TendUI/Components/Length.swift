/// How much of a row or column one part of a layout takes.
public enum Length: Hashable, Sendable {
    /// Exactly this many cells (fewer when there are not that many left).
    case fixed(Int)
    /// As many as it needs up to this many, before anything flexible.
    case atMost(Int)
    /// At least this many, and a share of what is left.
    case atLeast(Int)
    /// A share of what is left once every other part has its cells.
    case fill
    /// A share of what is left, like `fill`, but never more than this many.
    case upTo(Int)
}
