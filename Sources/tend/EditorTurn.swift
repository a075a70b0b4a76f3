import Foundation
import TendCore
import TendSending
import TendUI

/// The editor's turn, for the app (`.editText`) and for `tend thanks
/// --editor`: open it on the words, and say calmly why they stay as they
/// were when it did not bring any back.
enum EditorTurn {
    static func edit(_ text: String, words: EditorWords,
                     environment: [String: String] = ProcessInfo.processInfo.environment) -> EditResult {
        result(of: EditorLauncher.edit(text, environment: environment), words: words)
    }

    static func result(of outcome: EditorOutcome, words: EditorWords) -> EditResult {
        func say(_ template: String, _ values: [String: String]) -> EditResult {
            .failure(EditFailure(SendingWords.fill(template, values.mapValues { SafeText.line($0) })))
        }
        switch outcome {
        case .edited(let text): return .success(text)
        case .notFound(let program): return say(words.notFound, ["program": program])
        case .failed(let program, let status?): return say(words.failed, ["program": program, "status": "\(status)"])
        case .failed(let program, nil): return say(words.stopped, ["program": program])
        case .couldNotStart(let program, let reason): return say(words.couldNotStart, ["program": program, "reason": reason])
        case .fileTrouble(let reason): return say(words.file, ["reason": reason])
        }
    }
}
