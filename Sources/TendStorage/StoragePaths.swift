import Foundation

/// Where Tend keeps the user's files. Follows the XDG base directories:
/// data in `$XDG_DATA_HOME/tend`, config in `$XDG_CONFIG_HOME/tend/config.toml`,
/// a rebuildable cache in `$XDG_CACHE_HOME/tend`,
/// each overridable by a flag or `TEND_DATA_DIR` / `TEND_CONFIG`.
public struct StoragePaths: Hashable, Sendable {
    /// The folder holding the journal (one JSON Lines file per month).
    public var dataDirectory: URL
    /// The config file.
    public var configFile: URL
    /// Where derived files that can always be rebuilt go (`$XDG_CACHE_HOME/tend`), if anywhere.
    public var cacheDirectory: URL?

    public var configDirectory: URL { configFile.deletingLastPathComponent() }

    public init(dataDirectory: URL, configFile: URL, cacheDirectory: URL? = nil) {
        self.dataDirectory = dataDirectory
        self.configFile = configFile
        self.cacheDirectory = cacheDirectory
    }

    /// Resolves the paths: explicit values first, then the environment, then XDG defaults.
    public static func resolve(
        dataDirectory: String? = nil,
        configFile: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> StoragePaths {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? PathText.accountHome
        func xdg(_ key: String, fallback: String) -> String {
            // The spec says relative values are invalid and must be ignored.
            if let value = environment[key], value.hasPrefix("/") { return value }
            return PathText.appending(fallback, to: home)
        }
        let data = dataDirectory ?? environment["TEND_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 }
            ?? PathText.appending("tend", to: xdg("XDG_DATA_HOME", fallback: ".local/share"))
        let config = configFile ?? environment["TEND_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
            ?? PathText.appending("tend/config.toml", to: xdg("XDG_CONFIG_HOME", fallback: ".config"))
        let cache = PathText.appending("tend", to: xdg("XDG_CACHE_HOME", fallback: ".cache"))
        return StoragePaths(
            dataDirectory: URL(fileURLWithPath: expandTilde(data, home: home)),
            configFile: URL(fileURLWithPath: expandTilde(config, home: home)),
            cacheDirectory: URL(fileURLWithPath: cache)
        )
    }

    private static func expandTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst() }
        return path
    }
}
