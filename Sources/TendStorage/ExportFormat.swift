/// The formats `tend export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// JSON Lines, one record per line, exactly the journal's format with
    /// edits applied and deletes left out. `tend import` reads it back.
    case json
    /// One row per record, a column per field (RFC 4180).
    case csv
    /// A readable document, grouped by month.
    case markdown
}
