import TendContentTree

/// The Swift source of `CompiledContent`: each file's table as a static
/// constant. Every table gets a small function of its own, so the compiler
/// type-checks many small expressions, not one literal of the whole file.
struct SwiftSource {
    private var constants: [String] = []
    private var functions: [String] = []

    mutating func add(_ name: String, _ table: ContentTable) {
        let function = emit(table)
        constants.append("""
                /// \(name).toml, as read at build time.
                public static let \(name) = \(function)()
            """)
    }

    var text: String {
        """
        // Generated at build time from Resources/practices.toml and prompts.toml
        // by TendContentCompiler (Plugins/CompileContent). Do not edit.
        import TendContentTree

        /// The built-in content files, read from TOML when tend was built.
        public enum CompiledContent {
        \(constants.joined(separator: "\n"))
        }

        \(functions.joined(separator: "\n\n"))

        """
    }

    /// Adds a function returning the table (after those of the tables in
    /// it); returns its name.
    private mutating func emit(_ table: ContentTable) -> String {
        let index = functions.count
        functions.append("") // the name is taken now; tables inside take the next ones
        let entries = table.entries.sorted { $0.key < $1.key }.map { key, value in
            "        \(literal(key)): \(expression(value)),"
        }
        let body = entries.isEmpty ? "ContentTable()" : "ContentTable([\n\(entries.joined(separator: "\n"))\n    ])"
        functions[index] = "private func table\(index)() -> ContentTable {\n    \(body)\n}"
        return "table\(index)"
    }

    private mutating func expression(_ value: ContentValue) -> String {
        switch value {
        case .string(let text): return ".string(\(literal(text)))"
        case .integer(let number): return ".integer(\(number))"
        case .other(let text): return ".other(\(literal(text)))"
        case .table(let table): return ".table(\(emit(table))())"
        case .array(let values):
            return ".array([" + values.map { expression($0) }.joined(separator: ", ") + "])"
        }
    }

    /// A Swift string literal of the text: quotes, backslashes and control
    /// characters escaped, everything else as it is (the file is UTF-8).
    private func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
