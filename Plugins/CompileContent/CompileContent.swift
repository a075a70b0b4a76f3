import Foundation
import PackagePlugin

/// Reads the target's practices.toml and prompts.toml with TendContentCompiler
/// at build time, into Swift source (`CompiledContent`): tend's start then
/// parses no TOML (issue 26). Runs again whenever either file changes.
@main
struct CompileContent: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL
        let inputs = [folder.appending(path: "practices.toml"), folder.appending(path: "prompts.toml")]
        let output = context.pluginWorkDirectoryURL.appending(path: "CompiledContent.swift")
        return [.buildCommand(
            displayName: "Compiling practices.toml and prompts.toml into Swift",
            executable: try context.tool(named: "TendContentCompiler").url,
            arguments: inputs.map(\.path) + [output.path],
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}
