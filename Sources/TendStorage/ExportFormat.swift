/// The formats `tend export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// One JSON array of records in the journal's own format, one record per
    /// line inside it: every record id, edits and deletes as their own
    /// records, prompts offered included. `tend import` on another device
    /// then shows the very same history.
    case json
    /// The same records as JSON Lines (one per line, no array around them),
    /// exactly as month files hold them.
    case jsonl
    /// One row per entry as it stands (edits applied, deleted entries and
    /// prompts offered left out), a column per field (RFC 4180).
    case csv
    /// A readable document of the entries as they stand, grouped by month.
    case markdown

    /// True for the two that carry every line (`json` and `jsonl`).
    public var carriesEveryLine: Bool { self == .json || self == .jsonl }
}
