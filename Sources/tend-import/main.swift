import Foundation
import TendArchives

// `tend-import zip|csv`: reads a Day One zip or a CSV file on standard input
// and writes what is in it on standard output, in the lines of
// `HelperAnswerWriter`. `tend import` starts it, so ZIPFoundation and
// CSV.swift (and the Foundation and ICU they need) stay out of `tend`.

let words = CommandLine.arguments.dropFirst()
guard words.count == 1, let format = words.first.flatMap(HelperAnswerWriter.Format.init(rawValue:)) else {
    let formats = HelperAnswerWriter.Format.allCases.map(\.rawValue).joined(separator: " or ")
    FileHandle.standardError.write(Data("tend-import reads a file for tend import: tend-import \(formats) < file\n".utf8))
    exit(2)
}
do {
    let input = try FileHandle.standardInput.readToEnd() ?? Data()
    try FileHandle.standardOutput.write(contentsOf: HelperAnswerWriter.answer(format, reading: [UInt8](input)))
} catch {
    FileHandle.standardError.write(Data("tend-import: \(error)\n".utf8))
    exit(1)
}
