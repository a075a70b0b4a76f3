extension LocalDay {
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Mon 23 Nov", as lists and `tend log` name a day.
    public var shortText: String {
        let name = weekday.shortName
        return "\(name.prefix(1).uppercased() + name.dropFirst()) \(day) \(Self.monthNames[month - 1])"
    }

    /// "23 Nov", for the ends of a week.
    public var dayAndMonth: String { "\(day) \(Self.monthNames[month - 1])" }
}
