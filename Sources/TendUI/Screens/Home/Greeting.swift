/// A short hello that fits the hour.
enum Greeting {
    static func forHour(_ hour: Int) -> String {
        switch DayPart(hour: hour) {
        case .morning: return "Good morning."
        case .afternoon: return "Good afternoon."
        case .evening: return "Good evening."
        case .night: return "Up late. Go gently."
        }
    }
}
