/// Journals `tend import --from` reads. The raw value is the flag's word
/// and a note's `source`.
public enum ImportSource: String, CaseIterable, Hashable, Sendable {
    case jrnl, dayone, daylio, csv

    /// How the app names it: "Day One", "a CSV file".
    public var name: String {
        switch self {
        case .jrnl: return "jrnl"
        case .dayone: return "Day One"
        case .daylio: return "Daylio"
        case .csv: return "a CSV file"
        }
    }

    /// The name for a note's `source`, as written when it is not one of these.
    public static func name(of source: String) -> String {
        ImportSource(rawValue: source)?.name ?? source
    }
}
