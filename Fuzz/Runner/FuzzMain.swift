import Foundation
import TendFuzzChecks

#if TEND_FUZZ
/// libFuzzer calls this with each input; `TEND_FUZZ_TARGET` names the check.
/// A disagreement is a crash, so libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let finding = selected.check(bytes) {
        fatalError("\(selected.name): \(finding), for \(String(decoding: bytes.prefix(400), as: UTF8.self).debugDescription)")
    }
    return 0
}

/// SwiftPM links an executable's `main` to `<module>_main`: hand over to libFuzzer's driver from there.
@_cdecl("tend_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput)
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

private let selected: FuzzCheck = {
    let name = ProcessInfo.processInfo.environment["TEND_FUZZ_TARGET"] ?? ""
    guard let check = FuzzCheck.named(name) else {
        fatalError("Set TEND_FUZZ_TARGET to one of: \(FuzzCheck.all.map(\.name).joined(separator: ", "))")
    }
    return check
}()
#else
/// Without libFuzzer: replays files through a check, to look at a finding
/// by hand. `tend-fuzz CHECK FILE…` (every check when CHECK is `all`).
@main
struct FuzzReplay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first else {
            print("usage: tend-fuzz CHECK|all FILE…   checks: \(FuzzCheck.all.map(\.name).joined(separator: ", "))")
            return
        }
        let checks = name == "all" ? FuzzCheck.all : FuzzCheck.named(name).map { [$0] } ?? []
        guard !checks.isEmpty else {
            print("No fuzz check called \(name).")
            exit(64)
        }
        var findings = 0
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            for check in checks {
                if let finding = check.check(Array(data)) {
                    print("\(path): \(check.name): \(finding)")
                    findings += 1
                }
            }
        }
        print("\(arguments.count - 1) input(s), \(findings) finding(s).")
        exit(findings == 0 ? 0 : 1)
    }
}
#endif
