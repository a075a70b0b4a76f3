import TendCore

extension Reflection {
    static let table = KindTable(Reflection.init(focus:card:person:felt:response:noticed:choice:),
                                 .id(.focus, \.focus), .words(.card, \.card), .optionalText(.person, \.person),
                                 .rating(.felt, \.felt), .optionalText(.response, \.response),
                                 .optionalText(.noticed, \.noticed), .choice(.choice, \.choice))
}
