/// The command line as bytes. Swift repairs invalid UTF-8 in
/// `CommandLine.arguments` with U+FFFD; Tend would rather refuse the text
/// than store something the person did not write.
enum RawArguments {
    static var areValidUTF8: Bool {
        for index in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            var length = 0
            while pointer[length] != 0 { length += 1 }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: length)
            if String(validating: bytes, as: UTF8.self) == nil { return false }
        }
        return true
    }
}
