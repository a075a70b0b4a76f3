import TendCore

/// The frame around every screen: a header with the name, the date and the
/// time, and a footer with the keys that matter here.
enum Chrome {
    static func renderHeader(into canvas: inout Canvas, title: String?, context: ScreenContext) {
        let width = canvas.size.width
        let clock = ClockText.dayAndTime(context.now.wall, in: context.zone)
        var x = 1 + canvas.write("Tend", x: 1, y: 0, style: .title)
        if let title {
            x += canvas.write("  ·  ", x: x, y: 0, style: .muted)
            canvas.write(title, x: x, y: 0, style: .plain, truncatingTo: width - x - clock.displayWidth - 3)
        }
        canvas.write(clock, x: width - clock.displayWidth - 1, y: 0, style: .muted)
        canvas.rule(x: 0, y: 1, width: width)
    }

    /// When the window is narrow the footer drops entries from the middle,
    /// the one nearest the end first; it keeps the screen's main action and
    /// the last two entries (leaving and help).
    static func renderFooter(into canvas: inout Canvas, keys: [KeyHelp]) {
        let y = canvas.size.height - 1
        canvas.rule(x: 0, y: y - 1, width: canvas.size.width)
        var keys = keys
        func width(_ list: [KeyHelp]) -> Int {
            list.reduce(1) { $0 + $1.keys.displayWidth + 1 + $1.action.displayWidth + 3 }
        }
        while width(keys) > canvas.size.width + 2,
              let drop = keys.indices.dropLast(2).last(where: { !keys[$0].isMain }) {
            keys.remove(at: drop)
        }
        var x = 1
        for help in keys {
            x += canvas.write(help.keys, x: x, y: y, style: .key)
            x += canvas.write(" " + help.action, x: x, y: y, style: .muted) + 3
        }
    }

    /// A due prompt: a mark, what it is, and a short note at the right edge.
    /// The prompt's line; `shorter` is said instead when `text` does not fit.
    static func renderBanner(_ text: String, shorter: String? = nil, keys: String, into canvas: inout Canvas, row: Int) {
        let width = canvas.size.width
        canvas.fill(Rect(x: 0, y: row, width: width, height: 1), style: Style(.warm, reversed: true))
        let keysWidth = keys.displayWidth
        let room = width - 4 - (keysWidth + 2 <= width / 2 ? keysWidth + 2 : 0)
        let line = "◆ " + text
        let said = line.displayWidth > room ? shorter.map { "◆ " + $0 } ?? line : line
        canvas.write(said, x: 1, y: row, style: Style(.warm, bold: true, reversed: true), truncatingTo: room)
        if keysWidth + 2 <= width / 2 {
            canvas.write(keys, x: width - keysWidth - 1, y: row, style: Style(.warm, reversed: true))
        }
    }

    static func renderReport(_ report: Report, into canvas: inout Canvas, row: Int) {
        canvas.fill(Rect(x: 0, y: row, width: canvas.size.width, height: 1))
        let style = report.tone == .problem ? Style(.alert, bold: true) : Style(.good)
        canvas.write(report.text, x: 2, y: row, style: style, truncatingTo: canvas.size.width - 4)
    }
}
