import Foundation
import Testing
import TendFuzzChecks

/// Every input the fuzz checks ever failed on (`FuzzFindings/<check>/`,
/// one file each, named after what it found), and the seed corpus, run
/// through the same checks `make fuzz` runs.
@Suite("Fuzz findings stay fixed")
struct FuzzFindingsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func inputs(in folder: URL) -> [(check: String, file: URL)] {
        let manager = FileManager.default
        return ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().flatMap { check in
            ((try? manager.contentsOfDirectory(atPath: folder.appendingPathComponent(check).path)) ?? []).sorted().map {
                (check, folder.appendingPathComponent(check).appendingPathComponent($0))
            }
        }
    }

    @Test("every finding passes its check")
    func findings() throws {
        let inputs = Self.inputs(in: Self.root.appendingPathComponent("FuzzFindings"))
        #expect(!inputs.isEmpty)
        for (name, file) in inputs {
            let check = try #require(FuzzCheck.named(name), "no check called \(name)")
            let finding = check.check(Array(try Data(contentsOf: file)))
            #expect(finding == nil, "\(name)/\(file.lastPathComponent): \(finding ?? "")")
        }
    }

    @Test("every seed passes every check")
    func seeds() throws {
        let corpus = Self.root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus")
        let inputs = Self.inputs(in: corpus)
        #expect(!inputs.isEmpty)
        for (_, file) in inputs {
            for check in FuzzCheck.all {
                let finding = check.check(Array(try Data(contentsOf: file)))
                #expect(finding == nil, "\(check.name) on \(file.lastPathComponent): \(finding ?? "")")
            }
        }
    }
}
