import TendCore

/// Draws a `SendFlow`: the question, the message exactly as it will leave
/// (a quiet bar beside it, so it reads as a quote), how it goes, and what
/// happened when it is over. Fits itself to the area it is given; text that
/// does not fit is cut at the bottom, never over the footer.
enum SendFlowView {
    static func render(_ flow: SendFlow, heading: String?, into canvas: inout Canvas, area: Rect, context: ScreenContext) {
        let words = context.data.prompts.sending
        var writer = Writer(canvas: canvas, flow: Flow(area.dropping(top: 1)))
        defer {
            // The message must be seen whole before it leaves: say when it is not.
            if writer.overflowed, area.height > 1 {
                writer.canvas.fill(area.bottom(1))
                writer.canvas.write("↓ more than fits; a taller window shows it all", in: area.bottom(1).content,
                                    style: Style(.warm))
            }
            canvas = writer.canvas
        }
        // In a small window the message matters more than the heading.
        if let heading, area.height >= 14 {
            writer.line(heading, style: Style(.good, bold: true))
            writer.gap()
        }
        let name = flow.name
        switch flow.step {
        case .askingResend:
            let when = flow.previouslySent.map(SentNote.moment) ?? ""
            writer.paragraph(SendingWords.fill(words.resend, ["name": name, "when": when]), style: Style(.warm, bold: true))
            writer.gap()
            writer.quote(flow.text, invite: nil)
        case .preparing:
            writer.paragraph(SendingWords.fill(words.offer, ["name": name]), style: Style(.warm, bold: true))
            writer.gap()
            writer.quote(flow.text, invite: nil)
        case .offering:
            guard let plan = flow.plan else { return }
            writer.paragraph(SendingWords.fill(words.offer, ["name": name]), style: Style(.warm, bold: true))
            writer.gap()
            writer.quote(plan.message.text, invite: plan.message.invite)
            writer.gap()
            writer.paragraph(how(plan, words: words), style: .muted)
            if plan.message.invite != nil { writer.paragraph(words.inviteNote, style: .muted) }
            for note in plan.notes { writer.paragraph(note, style: Style(.warm)) }
        case .editing(let field):
            writer.paragraph("Your words for this one send; the journal keeps them as written.", style: Style(bold: true))
            writer.gap()
            if !writer.flow.isFull {
                let row = writer.flow.next().content
                field.render(into: &writer.canvas, x: row.x, y: row.y, width: max(1, row.width))
            }
        case .waitingToSend, .sending:
            writer.paragraph(SendingWords.fill(words.sending, ["name": name]), style: Style(.warm, bold: true))
        case .failed(let reason):
            writer.line("Not sent.", style: Style(.alert, bold: true))
            writer.gap()
            writer.paragraph(reason, style: .plain)
            writer.gap()
            writer.paragraph(words.failed, style: .muted)
        case .showingPlainly:
            // Plain lines, no bar or indent, so a mouse selection copies just the words.
            for line in plainLines(flow.plan?.message.message ?? "", width: area.width) where !writer.flow.isFull {
                writer.canvas.write(line, in: writer.flow.next())
            }
            writer.gap()
            writer.paragraph(words.plain, style: Style(.warm))
        case .marking:
            break
        case .finished(let report):
            writer.paragraph(report.text, style: report.tone == .problem ? Style(.alert) : Style(.good))
        }
    }

    /// How it will go: "It goes through signal-cli…", the mail program, or the clipboard.
    static func how(_ plan: SendPlan, words: SendingWords) -> String {
        let name = SafeText.line(plan.message.person)
        switch plan.contact?.way {
        case .command?: return SendingWords.fill(words.throughCommand, ["command": SafeText.line(plan.contact?.way.programName ?? "")])
        case .email(let address)?: return SendingWords.fill(words.throughEmail, ["address": SafeText.line(address)])
        case .share(let folder)?:
            return SendingWords.fill(words.throughShare, ["name": name, "folder": SafeText.line(folder.written)])
        case nil:
            // The name goes into a shell hint: quoted when a shell would split it.
            let plain = name.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) }
            return SendingWords.fill(words.noWay, ["name": plain ? name : "'\(name.replacingText("'", with: "'\\''"))'"])
        }
    }

    /// The message's lines, made safe, wrapped to `width`.
    static func plainLines(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.line(String($0)) }
            .joined(separator: "\n").wrapped(toWidth: max(1, width))
    }

    /// Lines written downwards in the body's text columns, stopping at the bottom of the area.
    struct Writer {
        var canvas: Canvas
        /// The rows still free, full width: text keeps the body's margins.
        var flow: Flow
        /// True once something did not fit.
        var overflowed = false

        /// The width text wraps to.
        var width: Int { max(1, flow.rest.content.width) }

        mutating func line(_ text: String, style: Style) {
            guard !flow.isFull else { overflowed = true; return }
            canvas.write(text, in: flow.next().content, style: style)
        }

        mutating func paragraph(_ text: String, style: Style) {
            for line in SafeText.line(text).wrapped(toWidth: width) { self.line(line, style: style) }
        }

        mutating func gap() { flow.skip() }

        /// The message with a bar beside it; the invitation after a blank line, quieter.
        mutating func quote(_ text: String, invite: String?) {
            let inner = max(1, Self.barColumns(flow.rest.content)[1].width)
            for line in plainLines(text, width: inner) { bar(line, style: .plain) }
            guard let invite else { return }
            bar("", style: .plain)
            for line in plainLines(invite, width: inner) { bar(line, style: .muted) }
        }

        /// The bar's column and the quote's, two apart.
        private static func barColumns(_ row: Rect) -> [Rect] { Layout.columns(row, [.fixed(2), .fill]) }

        private mutating func bar(_ text: String, style: Style) {
            guard !flow.isFull else { overflowed = true; return }
            let columns = Self.barColumns(flow.next().content)
            canvas.write("│", in: columns[0], style: Style(.accent))
            canvas.write(text, x: columns[1].x, y: columns[1].y, style: style, maxWidth: columns[1].width)
        }
    }
}
