import Foundation
import TendCore

/// The systemd user unit `tend remind --install` writes: the packaged
/// unit's shape, with `ExecStart` naming this very binary (and the data
/// folder and config when they are not the defaults), quoted for systemd.
enum RemindUnit {
    static let name = "tend-remind.service"
    /// The first line of a unit Tend wrote, so `--uninstall` removes only its own.
    static let marker = "# Written by tend remind --install; tend remind --uninstall removes it."

    static func text(arguments: [String]) -> String {
        """
        \(marker)
        [Unit]
        Description=Tend reminders: notify when a ritual is due
        Documentation=man:tend(1)

        [Service]
        ExecStart=\(arguments.map(quoted).joined(separator: " "))
        Restart=on-failure
        RestartSec=30

        [Install]
        WantedBy=default.target

        """
    }

    /// One word of `ExecStart`: in double quotes when it needs them, with
    /// `\` and `"` escaped, and `%` and `$` doubled so systemd expands nothing.
    static func quoted(_ word: String) -> String {
        var escaped = word.replacingText("%", with: "%%").replacingText("$", with: "$$")
        let plain = !escaped.isEmpty && escaped.unicodeScalars.allSatisfy {
            $0.isASCII && $0.value > 0x20 && $0 != "\"" && $0 != "'" && $0 != "\\" && $0 != ";"
        }
        guard !plain else { return escaped }
        escaped = escaped.replacingText("\\", with: "\\\\").replacingText("\"", with: "\\\"")
            .replacingScalar("\n", with: "\\n")
        return "\"\(escaped)\""
    }

    /// The cron line for a machine without a systemd user manager.
    static func cronLine(arguments: [String]) -> String {
        "* * * * * " + (arguments + ["--once"]).map(shellQuoted).joined(separator: " ")
    }

    /// A word for cron's shell, in single quotes when it needs them.
    static func shellQuoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "/._-+=:,@".unicodeScalars.contains($0)
        }
        // cron turns % into a line break, even in quotes: escape it.
        return plain ? word : "'" + word.replacingText("'", with: "'\\''").replacingText("%", with: "\\%") + "'"
    }
}
