extension LocalDay {
    /// "January" … "December": the one list of month names every date uses.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]

    /// "Jan" … "Dec", for short dates.
    public static let monthAbbreviations = monthNames.map { String($0.prefix(3)) }

    /// "November", the name of this day's month.
    public var monthName: String { Self.monthNames[month - 1] }

    /// "Mon 23 Nov", as lists and `tend log` name a day.
    public var shortText: String {
        "\(weekday.abbreviation) \(day) \(Self.monthAbbreviations[month - 1])"
    }

    /// "23 Nov", for the ends of a week.
    public var dayAndMonth: String { "\(day) \(Self.monthAbbreviations[month - 1])" }
}
