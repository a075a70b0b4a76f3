import Foundation
import TendCore
import TendStorage
import TendProcess

/// `tend remind --install`, `--uninstall` and `--status`: the systemd user
/// unit written into `$XDG_CONFIG_HOME/systemd/user`, turned on and off with
/// `systemctl --user` (started like every other program: argv, no shell,
/// a time limit), the cron line where there is no user manager, and whether
/// notifications can reach the desktop.
struct RemindSetup {
    var paths: StoragePaths
    var environment: [String: String] = ProcessInfo.processInfo.environment
    /// Says each step, on stdout.
    var say: (String) -> Void = { print($0) }

    /// `$XDG_CONFIG_HOME/systemd/user` (`~/.config/systemd/user`).
    var unitFolder: String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? PathText.accountHome) + "/.config"
        return base + "/systemd/user"
    }

    var unitPath: String { unitFolder + "/" + RemindUnit.name }

    /// How the unit and the cron line start tend: this binary, and the
    /// journal and config when they are not the defaults.
    var arguments: [String] {
        var words = [Self.executable(), "remind"]
        let defaults = StoragePaths.resolve(environment: environment.filter { $0.key != "TEND_DATA_DIR" && $0.key != "TEND_CONFIG" })
        if paths.dataDirectory.path != defaults.dataDirectory.path { words += ["--data-dir", paths.dataDirectory.path] }
        if paths.configFile.path != defaults.configFile.path { words += ["--config", paths.configFile.path] }
        return words
    }

    /// The running binary, as the kernel knows it.
    static func executable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// True when `systemctl --user` can talk to a user manager here.
    func hasUserManager() -> Bool {
        guard ExecutableSearch.find("systemctl", environment: ProcessInfo.processInfo.environment) != nil else { return false }
        return systemctl(["show-environment"]).succeeded
    }

    func systemctl(_ words: [String]) -> ChildProcess.Outcome {
        ChildProcess(arguments: ["systemctl", "--user"] + words, timeLimit: 20).run()
    }

    /// Writes the unit and turns it on; false when it could not be turned on.
    func install() -> Bool {
        if let existing = try? String(contentsOfFile: unitPath, encoding: .utf8), !existing.hasPrefix(RemindUnit.marker) {
            say("\(unitPath) is there already and was not written by Tend, so it was left as it is. Move it aside and run tend remind --install again.")
            return false
        }
        do {
            try FileManager.default.createDirectory(atPath: unitFolder, withIntermediateDirectories: true)
            try AtomicFileWriter.write(Array(RemindUnit.text(arguments: arguments).utf8), to: unitPath)
        } catch {
            say("Could not write \(unitPath): \(error)")
            return false
        }
        say("Wrote \(unitPath); it runs \(arguments.map(RemindUnit.quoted).joined(separator: " ")).")
        var enabled = false
        if hasUserManager() {
            let reload = systemctl(["daemon-reload"])
            let enable = reload.succeeded ? systemctl(["enable", "--now", RemindUnit.name]) : reload
            if enable.succeeded {
                enabled = true
                say("Turned it on (systemctl --user enable --now \(RemindUnit.name)): it starts with your session from now on.")
                say("To see what it does: journalctl --user -u tend-remind")
            } else {
                say("systemctl --user could not turn it on: it \(enable.failure).")
            }
        } else {
            say("There is no systemd user manager here (systemctl --user reaches none), so the unit is ready but not on.")
            say("To be reminded from cron instead, add this line with crontab -e:")
            say(RemindUnit.cronLine(arguments: arguments))
        }
        say(notifications())
        return enabled
    }

    /// Turns the unit off and removes it; false when something is left.
    func uninstall() -> Bool {
        var done = true
        let manager = hasUserManager()
        if manager, systemctl(["disable", "--now", RemindUnit.name]).succeeded {
            say("Turned it off (systemctl --user disable --now \(RemindUnit.name)).")
        }
        if let existing = try? String(contentsOfFile: unitPath, encoding: .utf8) {
            if !existing.hasPrefix(RemindUnit.marker) {
                say("\(unitPath) was not written by Tend, so it was left as it is.")
                done = false
            } else if (try? FileManager.default.removeItem(atPath: unitPath)) != nil {
                say("Removed \(unitPath).")
            } else {
                say("Could not remove \(unitPath).")
                done = false
            }
        } else {
            say("There was no \(unitPath) to remove.")
        }
        if manager { _ = systemctl(["daemon-reload"]) }
        say("A cron line for tend remind --once, if you added one, stays until you take it out with crontab -e.")
        return done
    }

    /// What is installed and running; false when reminders are not running.
    func status() -> Bool {
        let written = FileManager.default.fileExists(atPath: unitPath)
        say(written ? "Unit: \(unitPath)" : "Unit: none in \(unitFolder) (tend remind --install writes one).")
        var running = false
        if hasUserManager() {
            let enabled = systemctl(["is-enabled", "--quiet", RemindUnit.name]).succeeded
            running = systemctl(["is-active", "--quiet", RemindUnit.name]).succeeded
            say("systemd: \(enabled ? "enabled" : "not enabled"), \(running ? "running" : "not running").")
        } else {
            say("systemd: no user manager here. Cron can run it instead (crontab -e):")
            say(RemindUnit.cronLine(arguments: arguments))
        }
        say(notifications())
        return running
    }

    /// Whether a notification can reach the desktop, in one line.
    func notifications() -> String {
        let command = ConfigFile(paths: paths).load().config.reminders.notifyCommand
        if let program = command.first {
            return ExecutableSearch.find(program, environment: ProcessInfo.processInfo.environment) != nil
                ? "Notifications: your notify_command (\(SafeText.line(program))) is there."
                : "Notifications: your notify_command (\(SafeText.line(program))) is not on PATH; reminders ring the bell and log a line instead."
        }
        guard ExecutableSearch.find("notify-send", environment: ProcessInfo.processInfo.environment) != nil else {
            return "Notifications: notify-send is not installed (on Debian and Ubuntu: apt install libnotify-bin); until it is, reminders ring the bell and log a line."
        }
        let bus = environment["DBUS_SESSION_BUS_ADDRESS"].map { !$0.isEmpty } == true
            || environment["XDG_RUNTIME_DIR"].map { FileManager.default.fileExists(atPath: $0 + "/bus") } == true
        return bus
            ? "Notifications: notify-send is there and the session bus is reachable."
            : "Notifications: notify-send is there, but no session bus was found (no DBUS_SESSION_BUS_ADDRESS, no $XDG_RUNTIME_DIR/bus), so they may not show; reminders then ring the bell and log a line."
    }
}
