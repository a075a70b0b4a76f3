/// The card of one's own that the tests of custom cards share, in
/// practices.toml form: "Tea at four", at work, for a colleague.
public enum CustomCards {
    /// The card, every required key set, without a closing newline.
    public static func teaAtFour(id: String = "tea-at-four", name: String = "Tea at four") -> String {
        """
        [[practice]]
        id = "\(id)"
        name = "\(name)"
        group = "at-work"
        how = "Bring a colleague a cup of tea at four."
        why = "A small ritual gives an afternoon a warm point."
        when = ["daytime"]
        where = ["work"]
        who = ["colleague"]
        seconds = 120
        """
    }
}
