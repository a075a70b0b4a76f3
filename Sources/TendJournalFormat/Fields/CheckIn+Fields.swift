import TendCore

extension CheckIn {
    static let table = KindTable(CheckIn.init(mood:intention:practice:person:note:practiceDone:),
                                 .rating(.mood, \.mood), .choice(.intention, \.intention), .text(.practice, \.practice),
                                 .optionalText(.person, \.person), .optionalText(.note, \.note),
                                 .optionalBool(.practiceDone, \.practiceDone))
}
