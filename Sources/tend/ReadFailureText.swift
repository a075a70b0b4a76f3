import Foundation

/// Why a file could not be read, in the words `error.localizedDescription`
/// gave for the errors reading a file throws: that property is
/// swift-corelibs-foundation, which links ICU into the binary.
enum ReadFailureText {
    static func text(of error: any Error) -> String {
        let opening = "The operation could not be completed."
        guard let cocoa = error as? CocoaError else { return "\(opening) \(error)" }
        let code = cocoa.code.rawValue
        return "\(opening) " + (reasons[code] ?? "(NSCocoaErrorDomain error \(code).)")
    }

    private static let reasons: [Int: String] = [
        4: "The file doesn’t exist.",
        257: "You don’t have permission.",
        258: "The file name is invalid.",
        259: "The file isn’t in the correct format.",
        260: "The file doesn’t exist.",
        261: "The specified text encoding isn’t applicable.",
        262: "The specified URL type isn’t supported.",
        263: "The item is too large.",
        264: "The text encoding of the contents couldn’t be determined.",
    ]
}
