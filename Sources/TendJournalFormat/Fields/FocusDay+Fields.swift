import TendCore

extension FocusDay {
    static let table = KindTable(FocusDay.init(focus:card:day:done:),
                                 .id(.focus, \.focus), .words(.card, \.card), .day(.day, \.day), .bool(.done, \.done))
}
