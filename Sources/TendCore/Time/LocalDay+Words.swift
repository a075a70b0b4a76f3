extension LocalDay {
    /// "Jan" … "Dec": the one list of month names every short date uses.
    public static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Mon 23 Nov", as lists and `tend log` name a day.
    public var shortText: String {
        let name = weekday.shortName
        return "\(name.prefix(1).uppercased() + name.dropFirst()) \(day) \(Self.monthAbbreviations[month - 1])"
    }

    /// "23 Nov", for the ends of a week.
    public var dayAndMonth: String { "\(day) \(Self.monthAbbreviations[month - 1])" }
}
