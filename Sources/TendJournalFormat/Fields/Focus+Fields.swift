import TendCore

extension Focus {
    static let table = KindTable(Focus.init(card:person:start:stopped:),
                                 .words(.card, \.card), .optionalText(.person, \.person), .day(.start, \.start),
                                 .optionalDay(.stopped, \.stopped))
}
