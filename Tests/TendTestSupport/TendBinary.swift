import Foundation

/// Where the `tend` binary under test is: `TEND_BINARY` (set by `make test`
/// to the release build), else the package's release or debug build.
public enum TendBinary {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "No tend binary found. Run `make test` (it builds one), or set TEND_BINARY."
        }
    }

    public static func path(filePath: String = #filePath) throws -> String {
        if let explicit = ProcessInfo.processInfo.environment["TEND_BINARY"], !explicit.isEmpty {
            return explicit
        }
        var root = URL(fileURLWithPath: filePath)
        while root.path != "/", !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        // `make release` builds into .build-static; a plain `swift build` into .build.
        for folder in [".build-static/release", ".build/release", ".build/debug"] {
            let candidate = root.appendingPathComponent("\(folder)/tend").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Missing()
    }

    /// A fresh, private HOME with XDG folders inside it, for one test.
    public static func freshHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory
            .appendingPathComponent("tend-home-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    /// The environment a test runs tend in: only what matters, so the
    /// developer's own settings never leak in.
    public static func environment(home: URL, extra: [String: String] = [:]) -> [String: String] {
        var env = ["HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                   "LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "UTC"]
        env.merge(extra) { $1 }
        return env
    }
}
