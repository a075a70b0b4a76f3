import TendCore

extension PromptFired {
    static let table = KindTable(PromptFired.init(prompt:day:), .words(.prompt, \.prompt), .words(.day, \.day))
}
