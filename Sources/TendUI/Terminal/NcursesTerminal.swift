import CNcursesw
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TendCore

/// The real terminal, through ncursesw. The only code that calls ncurses.
///
/// It copies canvases to the screen cell by cell, only where they changed.
/// Input does not go through ncurses: `InputReader` reads the bytes and
/// decodes them. `close()` (or deinit) restores the terminal; signals are
/// handled by `SignalTrap`, suspend and resume here.
public final class NcursesTerminal: Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: Palette
    private var input: InputReader
    private var shown: Canvas?
    private var isOpen = true

    /// Turned on when the screen opens and again after every resume: bracketed
    /// paste, so a paste arrives as one event, not as keystrokes.
    private static let enterModes = "\u{1B}[?2004h"
    private static let leaveModes = "\u{1B}[?2004l"

    /// Opens the full-screen session, or throws when there is no usable terminal.
    /// - Parameter theme: `[display] theme`; `auto` asks `COLORFGBG`, then the terminal.
    public init(environment: [String: String], theme: Theme = .auto) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        // Wide characters need a UTF-8 locale; a bare "C" locale gets C.UTF-8.
        if tend_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, tend_term_can_address_cursor() != 0 else { throw TerminalError.unusableTerm(term) }
        SignalTrap.saveTerminalModes()
        // Before ncurses starts, so that it leaves every signal to SignalTrap.
        SignalTrap.install(resetSequence: Array((Self.leaveModes + "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n").utf8))
        guard let screen = tend_newterm() else {
            SignalTrap.uninstall()
            throw TerminalError.unusableTerm(term)
        }
        self.screen = screen
        set_term(screen)
        guard let window = tend_stdscr() else {
            endwin(); delscreen(screen); SignalTrap.uninstall()
            throw TerminalError.unusableTerm(term)
        }
        self.window = window
        cbreak(); noecho(); nonl()
        InterruptKey.readAsKey()
        intrflush(window, false)
        keypad(window, true) // application cursor keys; the sequences terminfo names
        typeahead(-1)        // ncurses never reads the input: InputReader does
        curs_set(0)
        Self.turnOffFlowControl()
        // Whatever came in while Tend asked for the background: the answers,
        // and any keys typed ahead, which must not be lost.
        var readWhileAsking: [UInt8] = []
        palette = Palette(environment: environment) {
            PaletteChoice.choose(theme, colorFGBG: environment["COLORFGBG"]) {
                let bytes = BackgroundQuery.ask()
                readWhileAsking = bytes ?? []
                return bytes
            }
        }
        input = InputReader(fd: STDIN_FILENO, signalFD: SignalTrap.readFD,
                            decoder: KeyDecoder(terminfo: Self.learnedKeys()), typedEarly: readWhileAsking)
        SignalTrap.setResetSequence(Self.resetSequence())
        Self.emit(Self.enterModes)
    }

    deinit { close() }

    /// Leaves the full-screen session and gives the terminal back as it was.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        Self.emit(Self.leaveModes)
        endwin()
        delscreen(screen)
        SignalTrap.uninstall()
    }

    public var size: Size { Size(width: Int(tend_cols(window)), height: Int(tend_lines(window))) }

    public func draw(_ canvas: Canvas) {
        if shown?.size != canvas.size { werase(window); shown = nil }
        let width = canvas.size.width
        for y in 0..<canvas.size.height {
            for x in 0..<width {
                let cell = canvas[x, y]
                if cell.width == 0 { continue }
                if let shown, shown[x, y] == cell, x + 1 >= width || shown[x + 1, y] == canvas[x + 1, y] { continue }
                put(cell, x: x, y: y)
            }
        }
        if let cursor = canvas.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        shown = canvas
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let (attrs, pair) = palette.attributes(for: cell.style)
        // A grapheme goes out as its base and the zero-width marks that follow it;
        // a joined emoji sequence shows its first emoji, in the columns we measured.
        var chars: [wchar_t] = []
        for scalar in cell.text.unicodeScalars {
            if chars.isEmpty || (DisplayWidth.of(scalar) == 0 && chars.count < 4) {
                chars.append(wchar_t(bitPattern: scalar.value))
            }
        }
        chars.append(0)
        if tend_put_grapheme(window, Int32(y), Int32(x), chars, attrs, pair) == ERR {
            _ = tend_put_grapheme(window, Int32(y), Int32(x), [0x20, 0], attrs, pair)
        }
        // Where ncurses thinks a character is narrower than we measured, pad the gap.
        if cell.width == 2, wcwidth(chars[0]) < 2 {
            _ = tend_put_grapheme(window, Int32(y), Int32(x + 1), [0x20, 0], attrs, pair)
        }
    }

    public func waitForInput(timeout: Double?) -> [TerminalInput] {
        var inputs: [TerminalInput] = []
        for reading in input.next(timeout: timeout) {
            switch reading {
            case .key(let key): inputs.append(.key(key))
            case .hungUp: return inputs + [.interrupted(signal: SIGHUP)]
            case .signal(SIGWINCH): inputs.append(.resized(followWindowSize()))
            case .signal(SIGTSTP): suspend(); inputs.append(.resized(size))
            case .signal(SIGCONT): resume(); inputs.append(.resized(size))
            case .signal(let sig): return inputs + [.interrupted(signal: sig)]
            }
        }
        return inputs
    }

    public func bell() { beep() }

    public func copyToClipboard(_ text: String) {
        Self.emit("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}")
    }

    // MARK: Suspend, resume, resize

    /// The editor's turn: the shell's modes back while it runs, ours after,
    /// and the whole screen drawn again (it was the editor's meanwhile).
    public func handOver(_ body: () -> [Event]) -> [Event] {
        Self.emit(Self.leaveModes)
        endwin()
        let events = body()
        resume()
        return events
    }

    /// Ctrl-Z: give the shell its terminal back, stop, and come back as we were.
    private func suspend() {
        Self.emit(Self.leaveModes)
        endwin()
        SignalTrap.stopUntilContinued()
        resume()
    }

    /// After `fg` (or any SIGCONT) the shell has had the terminal: bash turns
    /// bracketed paste off and restores its own modes. Put all of ours back
    /// and redraw everything.
    private func resume() {
        reset_prog_mode()
        keypad(window, true)
        Self.emit(Self.enterModes)
        _ = followWindowSize()
        clearok(tend_curscr(), true)
        shown = nil
    }

    /// Takes the size the terminal reports, never LINES and COLUMNS.
    private func followWindowSize() -> Size {
        var rows: Int32 = 0, cols: Int32 = 0
        tend_window_size(&rows, &cols)
        if rows > 0, cols > 0, rows != tend_lines(window) || cols != tend_cols(window) {
            resize_term(rows, cols)
            clearok(tend_curscr(), true)
            shown = nil
        }
        return size
    }

    // MARK: Setup

    /// Ctrl-S must not freeze the display: output flow control is off while
    /// Tend owns the terminal, as in full-screen editors. ncurses' saved
    /// "program mode" includes it, so a resume restores it; endwin undoes it.
    private static func turnOffFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        def_prog_mode()
    }

    /// The keys terminfo names for this terminal.
    private static func learnedKeys() -> TerminfoKeys {
        var keys = TerminfoKeys()
        for (name, key) in TerminfoKeys.capabilities {
            if let value = tend_terminfo_string(name) { keys.learn(Array(String(cString: value).utf8), as: key) }
        }
        return keys
    }

    /// What a signal handler writes when it must give the terminal back by
    /// itself: this terminal's own strings for the keypad, attributes, cursor
    /// and alternate screen, and bracketed paste off.
    private static func resetSequence() -> [UInt8] {
        var bytes = Array(leaveModes.utf8)
        for name in ["rmkx", "sgr0", "cnorm", "rmcup"] {
            if let value = tend_terminfo_string(name) { bytes += withoutPadding(Array(String(cString: value).utf8)) }
        }
        return bytes + Array("\r\n".utf8)
    }

    /// Terminfo strings may ask for delays (`$<5>`), which only tputs understands.
    private static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [], index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<"),
               let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                index = end + 1
                continue
            }
            out.append(bytes[index]); index += 1
        }
        return out
    }

    private static func emit(_ sequence: String) { tend_emit(sequence) }
}
