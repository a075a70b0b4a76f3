import TOMLKit

extension ConfigEdit {
    /// The text with `id` added to (or removed from) the list `key` of
    /// `[table]`, keeping the list's order and everything around it; a
    /// missing key or table is added. The list is written on one line.
    static func settingList(_ key: String, inTable table: String, adding added: String?, removing removed: String?,
                            text: String, layout: ConfigLayout, file: String) throws(ConfigError) -> String {
        var ids = try currentList(key, inTable: table, text: text, file: file)
        if let removed { ids.removeAll { $0 == removed } }
        if let added, !ids.contains(added) { ids.append(added) }
        let value = "[" + ids.map(quoted).joined(separator: ", ") + "]"
        guard let section = layout.table(named: table), let header = section.header else {
            if layout.sections.contains(where: { $0.header?.name == table }) { throw .cannotEditSafely(file: file) }
            return appending("[\(table)]\n\(key) = \(value)\n", to: layout)
        }
        if let entry = section.entries.last(where: { $0.key == key }) {
            return splice(layout.bytes, [keepingCommentColumn(entry.value, value, in: layout.bytes)])
        }
        // After the table's last key, so the list sits with its neighbours.
        let end = section.entries.last?.lines.upperBound ?? header.line.upperBound
        return inserting("\(key) = \(value)\n", at: end, in: layout)
    }

    /// The list as the file has it, in its order; empty when it is not there.
    private static func currentList(_ key: String, inTable table: String, text: String, file: String) throws(ConfigError) -> [String] {
        guard let root = try? TOMLTable(string: text), let value = root[table] else { return [] }
        guard let tableValue = value.table else { throw .cannotEditSafely(file: file) }
        guard let list = tableValue[key] else { return [] }
        guard let array = list.array else { throw .cannotEditSafely(file: file) }
        var ids: [String] = []
        for element in array {
            guard let id = element.string else { throw .cannotEditSafely(file: file) }
            ids.append(id)
        }
        return ids
    }
}
