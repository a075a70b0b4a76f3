/// What Tend says when the user's editor did not bring words back (the
/// field keeps those typed before), from prompts.toml's `[editor]`.
/// Templates name their blanks in braces.
public struct EditorWords: Hashable, Sendable {
    public var notFound: String
    public var couldNotStart: String
    public var failed: String
    public var stopped: String
    public var file: String
    public var tooLong: String

    init(_ r: inout PromptFileReader) {
        notFound = r.string("editor", "not_found"); couldNotStart = r.string("editor", "could_not_start")
        failed = r.string("editor", "failed")
        stopped = r.string("editor", "stopped"); file = r.string("editor", "file")
        tooLong = r.string("editor", "too_long")
    }

    /// Words from the editor that would pass a field's limit of `limit` characters.
    public func tooLong(limit: Int) -> String { SendingWords.fill(tooLong, ["count": "\(limit)"]) }
}
