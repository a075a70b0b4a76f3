import TendCore

extension Review {
    static let table = KindTable({ (from, to, wentWell, talkAbout) throws(RecordError) in
        guard from <= to else { throw .invalidValue(field: "to", reason: "comes before \"from\"") }
        return Review(from: from, to: to, wentWell: wentWell, talkAbout: talkAbout)
    }, .day(.from, \.from), .day(.to, \.to), .words(.wentWell, \.wentWell), .optionalText(.talkAbout, \.talkAbout))
}
