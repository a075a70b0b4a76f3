extension String {
    /// The text with its first letter in capitals: "check-in" → "Check-in".
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
