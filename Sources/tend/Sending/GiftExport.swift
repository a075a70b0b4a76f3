import ArgumentParser
import Foundation
import TendCore
import TendSending
import TendStorage

/// `tend export --for NAME --format html`: the gift page, to a file or stdout.
enum GiftExport {
    static func write(_ records: [Record], about person: String, since day: String?, to output: String?) throws {
        var about = SendHistory.appreciations(about: person, in: records)
        if let day { about = about.filter { $0.time.local.dayString >= day } }
        guard let newest = about.last, case .appreciation(var latest) = newest.payload else {
            let when = day.map { " since \($0)" } ?? ""
            StorageCommandSupport.printError("There are no appreciations about \(SafeText.line(person))\(when) yet, so there is no page to write.")
            throw ExitCode.failure
        }
        // Named as most entries spell it (the newest spelling when that is a tie).
        var counts: [String: Int] = [:]
        for record in about { if case .appreciation(let a) = record.payload { counts[a.person, default: 0] += 1 } }
        if let top = counts.values.max(), counts[latest.person] != top {
            latest.person = about.reversed().compactMap { r -> String? in
                if case .appreciation(let a) = r.payload, counts[a.person] == top { return a.person } else { return nil }
            }.first ?? latest.person
        }
        let page = Array(GiftPage.html(name: latest.person, records: about, words: PromptLibrary.builtIn.sending).utf8)
        guard let output else {
            var out = StandardOutput()
            out.write(bytes: page)
            out.flush()
            return
        }
        try StorageCommandSupport.reporting { () throws(StorageError) in try OutputFile.write(page, to: ExportCommand.absolute(output)) }
        let count = about.count
        StorageCommandSupport.printError("Wrote \(count) appreciation\(count == 1 ? "" : "s") about \(SafeText.line(latest.person)) to \(SafeText.line(output)).")
    }
}
