/// A count and its noun, as a person reads them: "1 minute", "3 minutes",
/// "0 entries", "1,234 entries".
///
/// Every number shown beside a noun goes through here, so no screen or
/// command says "1 minutes". English only, like every other word in Tend:
/// exactly one (or minus one) takes the singular, every other count the
/// plural. Regular plurals are worked out; give irregular ones
/// ("person", "people") explicitly.
public enum Plural {
    /// "3 minutes": the count with thousands grouped, a space, its noun.
    public static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(count)) \(noun(count, singular, plural))"
    }

    /// The noun alone, for a count written elsewhere ("1 of 5 seconds").
    public static func noun(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        count == 1 || count == -1 ? singular : plural ?? regularPlural(of: singular)
    }

    /// 12345 as "12,345"; below 1,000 just the digits.
    public static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// "day" → "days", "entry" → "entries", "match" → "matches".
    static func regularPlural(of singular: String) -> String {
        let lower = singular.lowercased()
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !vowels.contains(before) {
            return singular.dropLast() + "ies"
        }
        if ["s", "x", "z", "ch", "sh"].contains(where: lower.hasSuffix) { return singular + "es" }
        return singular + "s"
    }
}
