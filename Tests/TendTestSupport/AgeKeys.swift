import Foundation

/// `age` for the tests that seal and open letters: installed with apt-get
/// when missing (as `make test` does), and a fresh key made with age-keygen.
public enum AgeKeys {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "age is not installed and could not be installed. `make test` installs it (apt-get install age)."
        }
    }

    /// Makes sure `age` and `age-keygen` are on PATH, installing Debian's `age` package if need be.
    public static func ensureInstalled() throws {
        if CommandRunner.which("age") != nil, CommandRunner.which("age-keygen") != nil { return }
        guard getuid() == 0, let aptGet = CommandRunner.which("apt-get") else { throw Missing() }
        var environment = ProcessInfo.processInfo.environment
        environment["DEBIAN_FRONTEND"] = "noninteractive"
        _ = try CommandRunner.run([aptGet, "install", "-y", "-qq", "age"], environment: environment)
        guard CommandRunner.which("age") != nil, CommandRunner.which("age-keygen") != nil else { throw Missing() }
    }

    /// A new key in `folder`: the identity file's path and its public key (`age1…`).
    public static func make(in folder: URL, name: String = "age.key") throws -> (identity: String, recipient: String) {
        try ensureInstalled()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        let made = try CommandRunner.run(["age-keygen", "-o", path])
        let recipient = made.stderr.split(whereSeparator: \.isWhitespace).map(String.init).first { $0.hasPrefix("age1") }
        guard made.status == 0, let recipient else { throw Missing() }
        return (path, recipient)
    }
}
