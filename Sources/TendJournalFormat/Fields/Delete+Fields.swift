import TendCore

extension Delete {
    static let table = KindTable(Delete.init(target:), .id(.target, \.target))
}
