import TendCore

extension Tally {
    static let table = KindTable(Tally.init(tone:text:person:),
                                 .choice(.tone, \.tone), .text(.text, \.text), .optionalText(.person, \.person))
}
