import Foundation
import Testing
import TendCore
import TendSending
import TendTestSupport

/// The clipboard chain, told honestly: "Copied." only when a tool confirmed it.
@Suite("Sending: the clipboard")
struct ClipboardTests {
    @Test("on Wayland, wl-copy gets the text on its standard input")
    func wayland() throws {
        let dir = TemporaryDirectory()
        let wl = try FakeCommand.make("wl-copy", in: dir.appending("bin"))
        let xclip = try FakeCommand.make("xclip", in: dir.appending("bin"))
        let clipboard = Clipboard(environment: ["PATH": dir.appending("bin"), "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"])
        #expect(clipboard.copy("Thank you ☕") == .copied(tool: "wl-copy"))
        #expect(wl.input == "Thank you ☕")
        #expect(!xclip.wasRun)
    }

    @Test("when wl-copy fails, X11's xclip is next; tools for a session that is not there are not tried")
    func fallsThrough() throws {
        let dir = TemporaryDirectory()
        let wl = try FakeCommand.make("wl-copy", in: dir.appending("bin"), exitStatus: 1, stderr: "Failed to connect to a Wayland server")
        let xclip = try FakeCommand.make("xclip", in: dir.appending("bin"))
        let env = ["PATH": dir.appending("bin"), "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"]
        #expect(Clipboard(environment: env).copy("hi") == .copied(tool: "xclip"))
        #expect(wl.wasRun)
        #expect(xclip.arguments == ["-selection", "clipboard", "-in"])
        #expect(xclip.input == "hi")

        let noDisplay = TemporaryDirectory()
        let unused = try FakeCommand.make("xclip", in: noDisplay.appending("bin"))
        #expect(Clipboard(environment: ["PATH": noDisplay.appending("bin")]).copy("hi") == .unavailable)
        #expect(!unused.wasRun)
    }

    @Test("inside tmux, tmux's own paste buffer takes it")
    func tmux() throws {
        let dir = TemporaryDirectory()
        let tmux = try FakeCommand.make("tmux", in: dir.appending("bin"))
        let env = ["PATH": dir.appending("bin"), "TMUX": "/tmp/tmux-0/default,1,0"]
        #expect(ClipboardTool.candidates(environment: env).map(\.name) == ["tmux"])
        #expect(Clipboard(environment: env).copy("hi") == .copied(tool: "tmux"))
        #expect(tmux.arguments == ["load-buffer", "-w", "-"])
        #expect(tmux.input == "hi")
    }

    @Test("with no tool, the terminal is asked (OSC 52) and the words say some terminals ignore it")
    func terminalFallback() {
        let dir = TemporaryDirectory()
        let asked = Clipboard(environment: ["PATH": dir.path, "DISPLAY": ":0"], askTerminal: { $0 == "hi" })
        let result = asked.copy("hi")
        #expect(result == .askedTerminal)
        #expect(PromptLibrary.builtIn.sending.words(for: result, name: "Ana")
                == "Sent to the terminal's clipboard (some terminals ignore this)")
        let nowhere = Clipboard(environment: ["PATH": dir.path])
        #expect(nowhere.copy("hi") == .unavailable)
        #expect(PromptLibrary.builtIn.sending.words(for: .unavailable, name: "Ana").contains("Select the words"))
    }

    @Test("no person's way set up: the message goes to the clipboard and nothing else runs")
    func noWayMeansClipboard() throws {
        let dir = TemporaryDirectory()
        let wl = try FakeCommand.make("wl-copy", in: dir.appending("bin"))
        let env = ["PATH": dir.appending("bin"), "WAYLAND_DISPLAY": "w"]
        let sender = MessageSender(environment: env, clipboard: Clipboard(environment: env), subject: "s")
        let message = OutgoingMessage(recordID: RecordSamples.id(1), person: "Sam", text: "You waited.", invite: "Try it.", date: "2026-11-23")
        #expect(sender.send(SendPlan(message: message, contact: nil)) == .clipboard(.copied(tool: "wl-copy")))
        #expect(wl.input == "You waited.\n\nTry it.")
    }
}
