import Foundation
import Testing
import TendTestSupport

/// `tend remind --install / --status / --uninstall` into a temporary
/// XDG_CONFIG_HOME: the unit systemd would load (checked with
/// `systemd-analyze verify` where it is installed), `systemctl --user` as
/// a fake that logs what it was asked, and the cron line without a manager.
@Suite("tend remind --install")
struct RemindInstallEndToEndTests {
    /// A bin folder with a `systemctl` that logs its arguments and exits with `status`.
    static func fakeSystemctl(in folder: URL, status: Int32) throws -> URL {
        let bin = folder.appendingPathComponent("bin"), log = folder.appendingPathComponent("systemctl.log")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let script = bin.appendingPathComponent("systemctl")
        try FakeCommand.write("#!/bin/sh\necho \"$*\" >> '\(log.path)'\nexit \(status)\n", to: script.path)
        return log
    }

    /// `systemd-analyze verify` on the unit, when systemd-analyze is here.
    static func verify(_ unit: String) throws {
        guard let analyze = CommandRunner.which("systemd-analyze") else { return }
        let result = try CommandRunner.run([analyze, "--man=no", "verify", unit])
        #expect(result.status == 0, "systemd-analyze verify: \(result.stdout)\(result.stderr)")
    }

    @Test("with a user manager: the unit written, verified, enabled; status; uninstall turns it off and removes it")
    func withManager() throws {
        let binary = try TendBinary.path()
        // The unit names the binary itself, as the kernel knows it (not a link to it).
        let real = URL(fileURLWithPath: binary).resolvingSymlinksInPath().path
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let log = try Self.fakeSystemctl(in: home, status: 0)
        let config = home.appendingPathComponent("xdg config")
        let env = TendBinary.environment(home: home, extra: [
            "PATH": home.path + "/bin:/usr/bin:/bin", "XDG_CONFIG_HOME": config.path,
            "TEND_DATA_DIR": home.path + "/my journal 100%",
        ])
        let install = try CommandRunner.run([binary, "remind", "--install"], environment: env)
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")
        let unit = config.path + "/systemd/user/tend-remind.service"
        #expect(install.stdout.contains("Wrote \(unit)"))
        #expect(install.stdout.contains("Turned it on"))
        #expect(install.stdout.contains("Notifications:"))
        let text = try String(contentsOfFile: unit, encoding: .utf8)
        #expect(text.contains("ExecStart=\(real) remind --data-dir \"\(home.path)/my journal 100%%\""), "\(text)")
        #expect(text.contains("WantedBy=default.target"))
        try Self.verify(unit)
        #expect(try String(contentsOf: log, encoding: .utf8) == "--user show-environment\n--user daemon-reload\n--user enable --now tend-remind.service\n")

        let status = try CommandRunner.run([binary, "remind", "--status"], environment: env)
        #expect(status.status == 0 && status.stdout.contains("systemd: enabled, running."), "\(status.stdout)")

        try Data().write(to: log)
        let uninstall = try CommandRunner.run([binary, "remind", "--uninstall"], environment: env)
        #expect(uninstall.status == 0, "\(uninstall.stdout)")
        #expect(!FileManager.default.fileExists(atPath: unit))
        #expect(try String(contentsOf: log, encoding: .utf8).contains("--user disable --now tend-remind.service\n"))
    }

    @Test("without a user manager: the unit is ready, the cron line printed, exit 1; a unit not ours is never touched")
    func withoutManager() throws {
        let binary = try TendBinary.path()
        // The unit names the binary itself, as the kernel knows it (not a link to it).
        let real = URL(fileURLWithPath: binary).resolvingSymlinksInPath().path
        let home = try TendBinary.freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        _ = try Self.fakeSystemctl(in: home, status: 1)
        let config = home.appendingPathComponent("config")
        let env = TendBinary.environment(home: home, extra: ["PATH": home.path + "/bin:/usr/bin:/bin", "XDG_CONFIG_HOME": config.path])
        let install = try CommandRunner.run([binary, "remind", "--install"], environment: env)
        #expect(install.status == 1)
        #expect(install.stdout.contains("There is no systemd user manager here"), "\(install.stdout)")
        #expect(install.stdout.contains("* * * * * \(real) remind --once\n"), "\(install.stdout)")
        let unit = config.path + "/systemd/user/tend-remind.service"
        try Self.verify(unit)
        #expect(try CommandRunner.run([binary, "remind", "--status"], environment: env).status == 1)

        try "[Service]\nExecStart=/usr/bin/true\n".write(toFile: unit, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run([binary, "remind", "--install"], environment: env)
        #expect(refused.status == 1 && refused.stdout.contains("was not written by Tend"), "\(refused.stdout)")
        #expect(try CommandRunner.run([binary, "remind", "--uninstall"], environment: env).status == 1)
        #expect(try String(contentsOfFile: unit, encoding: .utf8) == "[Service]\nExecStart=/usr/bin/true\n")
    }
}
