import CNcursesw
import Foundation
import Glibc
import TendCore

/// The real terminal, through ncursesw. The only code that calls ncurses.
///
/// It copies canvases to the screen cell by cell, only where they changed,
/// and reads wide-character input. `close()` (or deinit) restores the
/// terminal; signals are handled by `SignalTrap`.
public final class NcursesTerminal: Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: Palette
    private var decoder: KeyDecoder
    private var shown: Canvas?
    private var isOpen = true

    /// Opens the full-screen session, or throws when there is no usable terminal.
    public init(environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        // Wide characters need a UTF-8 locale; a bare "C" locale gets C.UTF-8.
        if tend_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
        SignalTrap.saveTerminalModes()
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, let screen = tend_newterm() else {
            throw TerminalError.unusableTerm(term)
        }
        self.screen = screen
        set_term(screen)
        guard let window = tend_stdscr() else { throw TerminalError.unusableTerm(term) }
        self.window = window
        cbreak(); noecho(); nonl()
        InterruptKey.readAsKey()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        palette = Palette(environment: environment)
        decoder = KeyDecoder(codes: KeyDecoder.Codes(
            up: KEY_UP, down: KEY_DOWN, left: KEY_LEFT, right: KEY_RIGHT, home: KEY_HOME, end: KEY_END,
            pageUp: KEY_PPAGE, pageDown: KEY_NPAGE, backspace: KEY_BACKSPACE, delete: KEY_DC,
            enter: KEY_ENTER, backTab: KEY_BTAB, f1: KEY_F0 + 1))
        // Bracketed paste: a paste arrives as one event, not as keystrokes.
        Self.emit("\u{1B}[?2004h")
        SignalTrap.install(resetSequence: "\u{1B}[?2004l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n")
    }

    deinit { close() }

    /// Leaves the full-screen session and gives the terminal back as it was.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        Self.emit("\u{1B}[?2004l")
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
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: SignalTrap.readFD, events: Int16(POLLIN), revents: 0)]
        let millis = timeout.map { Int32(max(0, min($0 * 1000, 3_600_000)).rounded(.up)) } ?? -1
        _ = poll(&fds, nfds_t(fds.count), millis) // EINTR (SIGWINCH) just falls through to reading
        if let sig = SignalTrap.takePendingSignal() { return [.interrupted(signal: sig)] }
        var raw: [RawInput] = []
        var inputs: [TerminalInput] = []
        wtimeout(window, 0)
        var value: wint_t = 0
        while true {
            let status = wget_wch(window, &value)
            if status == ERR { break }
            if status == tend_key_code_yes() {
                if Int32(value) == KEY_RESIZE {
                    inputs += decoder.decode(raw).map(TerminalInput.key)
                    raw = []
                    shown = nil
                    inputs.append(.resized(size))
                } else {
                    raw.append(.keyCode(Int32(value)))
                }
            } else {
                raw.append(.character(UInt32(value)))
            }
        }
        return inputs + decoder.decode(raw).map(TerminalInput.key)
    }

    public func bell() { beep() }

    public func copyToClipboard(_ text: String) {
        Self.emit("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}")
    }

    private static func emit(_ sequence: String) { tend_emit(sequence) }
}
