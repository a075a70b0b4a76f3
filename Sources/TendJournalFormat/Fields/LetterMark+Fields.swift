import TendCore

extension LetterMark {
    static let table = KindTable(LetterMark.init(letter:from:), .id(.letter, \.letter), .words(.from, \.from))
}
