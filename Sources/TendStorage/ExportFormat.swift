/// The formats `tend export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// JSON Lines in the journal's own format: one line per record id, edits
    /// and deletes as their own lines, prompts offered included. `tend import`
    /// on another device then shows the very same history.
    case json
    /// One row per entry as it stands (edits applied, deleted entries and
    /// prompts offered left out), a column per field (RFC 4180).
    case csv
    /// A readable document of the entries as they stand, grouped by month.
    case markdown
}
