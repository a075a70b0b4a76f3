/// Sizes for people: "812 bytes", "64 KB", "1.2 MB" (powers of 1024).
public enum ByteCount {
    public static func text(_ bytes: Int) -> String {
        if bytes < 1024 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        if bytes < 1024 * 1024 {
            let kb = Double(bytes) / 1024
            return kb < 10 ? "\(oneDecimal(kb)) KB" : "\(Int(kb.rounded())) KB"
        }
        return "\(oneDecimal(Double(bytes) / 1024 / 1024)) MB"
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
