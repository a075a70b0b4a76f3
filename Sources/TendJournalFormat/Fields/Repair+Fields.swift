import TendCore

extension Repair {
    static let table = KindTable(Repair.init(who:latency:happened:myPart:gesture:landed:forThem:meant:nextStep:words:sent:via:),
                                 .words(.who, \.who), .choice(.latency, \.latency), .optionalText(.happened, \.happened),
                                 .optionalText(.myPart, \.myPart), .optionalText(.gesture, \.gesture),
                                 .optionalBool(.landed, \.landed), .optionalText(.forThem, \.forThem),
                                 .optionalText(.meant, \.meant), .optionalText(.nextStep, \.nextStep),
                                 .optionalText(.words, \.words), .optionalTime(.sent, \.sent), .optionalChoice(.via, \.via))
}
