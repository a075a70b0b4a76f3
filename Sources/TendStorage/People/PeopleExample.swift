/// The commented people.toml written the first time sending needs it. Every
/// line is a comment, so it reaches nobody until the user says how.
public enum PeopleExample {
    public static let text = #"""
    # Who Tend can send your appreciations to, and how. Tend never sends on
    # its own: after the bedtime sentence it shows the message and asks first.
    # Names match ignoring case and accents ("jose" reaches José).
    #
    # A command, as a list of arguments (never a shell line). Inside each
    # argument {message} becomes the sentence (with a short invitation the
    # first time), {text} the sentence alone, {name} the person and {date} the
    # day it was written (2026-11-23). The command has 20 seconds to finish.
    #
    # [people."Ana"]
    # send = ["signal-cli", "send", "-m", "{message}", "+4915550100"]
    #
    # [people."Mum"]
    # send = ["kdeconnect-cli", "--send-sms", "{message}", "--destination", "+4930555"]
    # stdin = false        # true: the message also goes to the command's standard input
    #
    # Or an email address: your mail program opens with the message filled
    # in, and you send it from there.
    #
    # [people."José"]
    # email = "jose@example.org"
    #
    # Or a folder you both sync (Syncthing, or a git repository), when they
    # use Tend too: what you send them goes into your own file there
    # (<your [me] name>.jsonl, so set [me] name in config.toml), and their
    # Tend shows it as a letter from you. Theirs to you shows here the same way.
    #
    # [people."Sam"]
    # share = "~/Sync/sam-and-ana"
    # age_recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"   # optional: sealed with age for their key alone
    #
    # Anyone not listed here: the message is copied for you to paste.
    # `tend people add NAME --email ADDRESS`, `--share FOLDER` or `--send COMMAND ARG…`
    # adds someone; `tend people remove NAME` takes them out again.

    """#
}
