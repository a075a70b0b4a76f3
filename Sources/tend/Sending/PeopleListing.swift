import TendCore

/// How `tend people` shows a person's way, as the user could type it again.
enum PeopleListing {
    static func describe(_ way: ContactWay) -> String {
        switch way {
        case .command(let arguments, let stdin):
            return arguments.map(shellWord).joined(separator: " ") + (stdin ? "   (the message also on its input)" : "")
        case .email(let address):
            return "email " + SafeText.line(address)
        case .share(let folder):
            return "share " + shellWord(folder.written) + (folder.ageRecipient == nil ? "" : "   (sealed with age)")
        }
    }

    /// A word as a shell would need it quoted, made safe to print.
    static func shellWord(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "/", "+", "@", ":", ",", "=", "{", "}": return true
            default: return scalar.value > 0x7F && !SafeText.needsCleaning(String(scalar))
            }
        }
        if plain { return word }
        return "'" + SafeText.line(word).replacingText("'", with: "'\\''") + "'"
    }
}
