import TendCore

extension Appreciation {
    static let table = KindTable(Appreciation.init(person:text:sent:via:meeting:),
                                 .words(.person, \.person), .words(.text, \.text), .optionalTime(.sent, \.sent),
                                 .optionalChoice(.via, \.via), .optionalText(.meeting, \.meeting))
}
