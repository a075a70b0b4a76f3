/// A short hello that fits the hour.
enum Greeting {
    static func forHour(_ hour: Int) -> String {
        switch hour {
        case 5..<12: return "Good morning."
        case 12..<18: return "Good afternoon."
        case 18..<23: return "Good evening."
        default: return "Up late. Go gently."
        }
    }
}
