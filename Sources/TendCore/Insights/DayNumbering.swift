/// Day arithmetic on plain integers (days since 1970-01-01 on a record's own
/// wall clock), so that a pass over 100,000 records builds no calendar
/// fields. Weeks run Monday to Sunday.
enum DayNumbering {
    /// The local day `time` falls on, in its own UTC offset.
    static func day(of time: LocalTime) -> Int {
        floorDivide(Int(time.secondsSince1970) + time.utcOffsetSeconds, 86_400)
    }

    /// The Monday of the week holding `day`.
    static func monday(of day: Int) -> Int {
        day - mondayFirstIndex(of: day)
    }

    /// Monday 0 … Sunday 6. 1970-01-01 was a Thursday (3).
    static func mondayFirstIndex(of day: Int) -> Int {
        floorModulo(day + 3, 7)
    }

    static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorModulo(_ a: Int, _ b: Int) -> Int { a - floorDivide(a, b) * b }
}
