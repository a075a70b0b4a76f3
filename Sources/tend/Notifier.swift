import Foundation
import TendCore

/// How `tend remind` tells the user a prompt is due: their configured
/// command, else notify-send when it exists, else the bell and one line.
struct Notifier {
    /// The configured command; it receives the title and the message as two arguments.
    var command: String

    func notify(title: String, message: String) {
        let safeTitle = SafeText.line(title), safeMessage = SafeText.line(message)
        if !command.trimmingCharacters(in: .whitespaces).isEmpty {
            run(["/bin/sh", "-c", "\(command) \"$@\"", "tend", safeTitle, safeMessage])
        } else if let notifySend = Self.which("notify-send") {
            run([notifySend, "--app-name=Tend", safeTitle, safeMessage])
        } else {
            FileHandle.standardOutput.write(Data("\u{07}\(safeTitle): \(safeMessage)\n".utf8))
        }
    }

    private func run(_ arguments: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        do {
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 {
                FileHandle.standardError.write(Data("tend: the notify command exited with \(process.terminationStatus).\n".utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("tend: could not run the notify command: \(error.localizedDescription)\n".utf8))
        }
    }

    static func which(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
