/// The commented config.toml that `tend schedule --init` (or the first run)
/// writes. It parses to exactly `TendConfig.defaults`.
public enum DefaultConfig {
    public static let text = #"""
    # Tend's settings. Times are 24-hour HH:MM in local time.
    # Edit this file freely, or use `tend schedule set`, `add-pause`, `add-meeting` and their `remove-…`.

    [morning]            # the morning check-in
    time = "07:30"
    days = "all"         # "all", "weekdays", "weekends", "never", "mon-fri", or a list: ["mon", "wed"]

    [bedtime]            # the bedtime appreciation
    time = "21:30"
    days = "all"

    # Meetings to open with a breath or a thank-you, and close with a short
    # round (`tend meeting`); add one [[meeting]] table each, like this:
    # [[meeting]]
    # time = "10:00"
    # label = "stand-up"
    # days = "mon-fri"
    # close = "10:15"    # optional: when to offer the closing round

    # Doorway pauses: add one [[pause]] table per reminder, like this:
    # [[pause]]
    # time = "09:55"
    # label = "before stand-up"
    # days = "mon-fri"

    [reminders]
    snooze_minutes = 10
    notify_command = ""  # a command and its arguments, no shell: ["notify-send", "-u", "low"]; empty: notify-send, else the bell

    [practices]          # which practice cards to suggest; empty lists mean all
    groups = []          # morning-evening, through-the-day, during-tension, at-work, on-screens, capitalization, community
    who = []             # partner, friend, colleague, family, child, ageing-parent, long-distance, neighbour, stranger
    hidden = []          # ids of cards marked "not for me"
    mine = []            # ids of "my practices", kept after a week's focus; they come back more often

    # The weekly look-back (`tend review`): off until you add this table.
    # [review]
    # time = "19:00"
    # days = "sun"

    [display]
    animation = true     # false: a calm, static doorway pause
    theme = "auto"       # "dark" or "light" for your terminal's background; auto asks the terminal

    [sending]            # sending the bedtime sentence to the person; people.toml says how to reach whom
    invite = true        # the first message to someone invites them to try it too; false, or your own words in quotes
    # Sharing a folder with someone who uses Tend too (share = "…" beside
    # their name in people.toml): your name signs what you send them and
    # names your file there, <name>.jsonl.
    # [me]
    # name = "Sam"
    # age_identity = "~/.config/tend/age.key"   # opens letters sealed for you with age
    # Syncing with your other devices through git: `tend sync init REMOTE` sets
    # it up and adds this table. With it, Tend syncs when the app opens and closes.
    # [sync]
    # every_minutes = 30 # how often `tend remind` syncs too; 0: only the app

    """#
}
