import Foundation
import TendCore
import TendJournalFormat

/// Reading the folders shared with people: every other writer's letters
/// file in each (never the user's own), line by line. A line that is torn,
/// hand-edited or not a letter is skipped and named; a file that is a link,
/// a pipe or anything but a plain file is skipped and named; none of them
/// hides the rest. Nothing here writes anything.
public enum LetterShelf {
    /// A letters file larger than this is not read (it is named instead).
    public static let fileLimit = 64 << 20

    /// The letters found, newest first, and what had to be passed over.
    public struct Reading: Sendable {
        public var letters: [ReceivedLetter] = []
        public var findings: [DoctorReport.Finding] = []

        public init(letters: [ReceivedLetter] = [], findings: [DoctorReport.Finding] = []) {
            self.letters = letters
            self.findings = findings
        }
    }

    /// Each folder of `book` once, with the people who share it (usually one).
    public static func folders(in book: PeopleBook) -> [(folder: SharedFolder, people: [String])] {
        var result: [(folder: SharedFolder, people: [String])] = []
        for contact in book.contacts {
            guard case .share(let folder) = contact.way else { continue }
            if let index = result.firstIndex(where: { $0.folder.path == folder.path }) {
                result[index].people.append(contact.name)
            } else {
                result.append((folder, [contact.name]))
            }
        }
        return result
    }

    /// The letters written to `me` in the folders of `book`.
    public static func read(book: PeopleBook, me: String) -> Reading {
        var reading = Reading()
        var kept: [RecordID: (letter: ReceivedLetter, line: [UInt8])] = [:]
        for (folder, people) in folders(in: book) {
            for file in letterFiles(in: folder.path, findings: &reading.findings) where !LetterFileName.isOwn(file.name, me: me) {
                let contents = parse(file.path, findings: &reading.findings)
                for (letter, line) in contents {
                    if PersonName.matches(letter.from, me) { continue } // a letter of one's own, copied: not to us
                    // A folder several people share: only what is addressed to us.
                    if people.count > 1, !PersonName.matches(letter.to, me) { continue }
                    let person = writer(of: letter, file: file.name, among: people)
                    let received = ReceivedLetter(letter: letter, person: person, file: file.path)
                    // The same letter twice (a sync tool's copy): the line that sorts last wins, as in the journal.
                    if let existing = kept[letter.id], !existing.line.lexicographicallyPrecedes(line) { continue }
                    kept[letter.id] = (received, line)
                }
            }
        }
        reading.letters = kept.values.map(\.letter).sorted(by: ReceivedLetter.newestFirst)
        return reading
    }

    /// Sealed letters opened with the key file at `identity`; one that won't
    /// open keeps its seal and says why.
    public static func open(_ letters: [ReceivedLetter], identity: String?, age: AgeTool, words: LetterWords) -> [ReceivedLetter] {
        letters.map { received in
            guard case .sealed(let armored) = received.letter.body else { return received }
            var opened = received
            guard let identity else {
                opened.sealedBecause = "no key to open it ([me] age_identity in config.toml names yours)"
                return opened
            }
            do throws(AgeFailure) {
                opened.letter.body = .text(try age.open(armored, identity: identity))
            } catch {
                opened.sealedBecause = error.reason
            }
            return opened
        }
    }

    // MARK: - Files

    /// A `.jsonl` file in a shared folder.
    struct File {
        let name: String
        let path: String
    }

    /// The plain `.jsonl` files of `folder`, in name order; links and
    /// anything but plain files are named in `findings` and left out.
    static func letterFiles(in folder: String, findings: inout [DoctorReport.Finding]) -> [File] {
        guard let names = try? POSIX.names(in: folder) else { return [] }
        var files: [File] = []
        for name in names.sorted() where LetterFileName.writer(of: name) != nil {
            let path = folder + "/" + name
            switch POSIX.entry(at: path) {
            case .file: files.append(File(name: name, path: path))
            case .link:
                findings.append(.init(.problem, path: path,
                    "a link, and Tend never follows links in a shared folder, so nothing in it is read. Put the file itself there."))
            case .folder, .other:
                findings.append(.init(.problem, path: path, "not a plain file (a folder, a pipe or a device?), so nothing in it is read."))
            case .missing:
                break
            }
        }
        return files
    }

    /// The letters of one file with their lines; every other line is named in `findings`.
    static func parse(_ path: String, findings: inout [DoctorReport.Finding]) -> [(Letter, [UInt8])] {
        let bytes: [UInt8]
        do {
            bytes = try POSIX.readAll(path, limit: fileLimit)
        } catch {
            switch error {
            case .notFound: break
            case .notARegularFile:
                findings.append(.init(.problem, path: path, "not a plain file (a link, a pipe or a device?), so nothing in it is read."))
            case .system(_, _, EFBIG):
                findings.append(.init(.problem, path: path, "larger than \(ByteCount.text(fileLimit)), so it is not read."))
            default:
                findings.append(.init(.problem, path: path, "\(error)"))
            }
            return []
        }
        var letters: [(Letter, [UInt8])] = []
        var number = 0
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            var line = Array(raw)
            if line.last == 0x0D { line.removeLast() }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            do throws(RecordError) {
                letters.append((try Letter(line: line), line))
            } catch {
                findings.append(.init(.problem, path: path, line: number,
                    "skipped: \(error). The line is left as it is; the letters around it are read."))
            }
        }
        return letters
    }

    /// The reader's name for whoever wrote `letter`: the person the folder is
    /// shared with, or, when several share it, the one the letter or its file names.
    static func writer(of letter: Letter, file: String, among people: [String]) -> String {
        if people.count == 1 { return people[0] }
        let fileWriter = LetterFileName.writer(of: file) ?? ""
        return people.first { PersonName.matches($0, letter.from) } ?? people.first { PersonName.matches($0, fileWriter) } ?? letter.from
    }
}
