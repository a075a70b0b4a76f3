import Foundation
import TendContentTree

// Turns the built-in content files into Swift source at build time (run by
// Plugins/CompileContent), so tend starts without parsing TOML:
//   TendContentCompiler practices.toml prompts.toml CompiledContent.swift
// A file that is not valid TOML fails the build, naming its line.

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: TendContentCompiler practices.toml prompts.toml output.swift\n".utf8))
    exit(64)
}

var source = SwiftSource()
for (name, path) in [("practices", arguments[1]), ("prompts", arguments[2])] {
    do {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        source.add(name, try ContentTable(parsing: text))
    } catch {
        FileHandle.standardError.write(Data("\(path): error: \(error)\n".utf8))
        exit(1)
    }
}
do {
    try Data(source.text.utf8).write(to: URL(fileURLWithPath: arguments[3]))
} catch {
    FileHandle.standardError.write(Data("\(arguments[3]): error: \(error)\n".utf8))
    exit(1)
}
