import TendCore

extension Meeting {
    static let table = KindTable(Meeting.init(ritual:label:useful:confusing:energising:),
                                 .choice(.ritual, \.ritual), .optionalText(.label, \.label), .optionalText(.useful, \.useful),
                                 .optionalText(.confusing, \.confusing), .optionalText(.energising, \.energising))
}
