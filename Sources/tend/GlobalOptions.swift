import ArgumentParser
import TendStorage

/// Options every command shares: where the data and the config live.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "Folder of the journal (default: $XDG_DATA_HOME/tend; env TEND_DATA_DIR).", valueName: "path"))
    var dataDirectory: String?

    @Option(name: .customLong("config"), help: ArgumentHelp(
        "Config file (default: $XDG_CONFIG_HOME/tend/config.toml; env TEND_CONFIG).", valueName: "path"))
    var configFile: String?

    /// The resolved paths.
    var paths: StoragePaths {
        StoragePaths.resolve(dataDirectory: dataDirectory, configFile: configFile)
    }
}
