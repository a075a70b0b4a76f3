import Foundation
import TendCore

/// The part of the day an hour falls in, so words fit the time they are
/// read at: a check-in at 18:00 asks about "this evening", not "this morning".
enum DayPart: Sendable {
    case morning, afternoon, evening, night

    /// 05–11 morning, 12–17 afternoon, 18–22 evening, 23–04 night.
    init(hour: Int) {
        switch hour {
        case 5..<12: self = .morning
        case 12..<18: self = .afternoon
        case 18..<23: self = .evening
        default: self = .night
        }
    }

    /// The part of the day `date` falls in, on the wall clock of `zone`.
    init(_ date: Date, in zone: Zone) {
        self.init(hour: LocalTime(date, in: zone).local.hour)
    }

    /// "this morning", "this afternoon", "this evening", "tonight".
    var this: String {
        switch self {
        case .morning: return "this morning"
        case .afternoon: return "this afternoon"
        case .evening: return "this evening"
        case .night: return "tonight"
        }
    }
}
