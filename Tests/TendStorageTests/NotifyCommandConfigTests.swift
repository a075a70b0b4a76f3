import Testing
import TendCore
import TendStorage

/// `notify_command`: argv as a list (like people.toml's `send`), or one
/// string split into words without a shell.
@Suite("The notify command in config.toml")
struct NotifyCommandConfigTests {
    func parse(_ value: String) -> ConfigLoadResult {
        ConfigParser.parse("[reminders]\nnotify_command = \(value)\n", file: "/home/sam/.config/tend/config.toml")
    }

    @Test("a list is taken as argv, word for word")
    func list() {
        let result = parse(#"["notify-send", "-u", "low", "$HOME; rm -rf ~"]"#)
        #expect(result.problems.isEmpty)
        #expect(result.config.reminders.notifyCommand == ["notify-send", "-u", "low", "$HOME; rm -rf ~"])
    }

    @Test("a string is split into words; quotes keep spaces, nothing is expanded")
    func string() {
        let result = parse(#"''''/opt/my tools/notify' --title "Two words" it\'s $HOME *'''"#)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.config.reminders.notifyCommand == ["/opt/my tools/notify", "--title", "Two words", "it's", "$HOME", "*"])
    }

    @Test("an empty string or list means the default")
    func empty() {
        #expect(parse(#""""#).config.reminders.notifyCommand.isEmpty)
        #expect(parse("[]").config.reminders.notifyCommand.isEmpty)
        #expect(parse(#""""#).problems.isEmpty)
    }

    @Test("shell syntax in the string form is named, since no shell will read it", arguments: [
        #""echo >> /tmp/n""#, #""notify-send x | tee log""#, #""a; b""#, #""a && b""#, #""echo $(date)""#, #""echo `date`""#,
    ])
    func shellSyntax(value: String) throws {
        let result = parse(value)
        let problem = try #require(result.problems.first)
        #expect(problem.key == "reminders.notify_command")
        #expect(problem.description.contains("needs a shell"), "\(problem)")
        #expect(problem.expected.contains("script"))
        #expect(result.config.reminders.notifyCommand.isEmpty, "falls back to the default")
    }

    @Test("quoted shell characters are plain text")
    func quotedShellCharacters() {
        #expect(parse(#""notify-send 'a > b'""#).config.reminders.notifyCommand == ["notify-send", "a > b"])
    }

    @Test("an open quote or a list with a number is a mistake, named")
    func mistakes() throws {
        let open = try #require(parse(#""notify-send 'Tend""#).problems.first)
        #expect(open.description.contains("quote left open"))
        let number = try #require(parse(#"["notify-send", 3]"#).problems.first)
        #expect(number.kind == .wrongType)
        #expect(number.expected.contains(#"["notify-send", "-u", "low"]"#))
    }
}
