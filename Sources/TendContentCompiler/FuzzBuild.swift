#if TEND_FUZZ
/// `make fuzz` builds every module with -sanitize=fuzzer, build tools too,
/// and libFuzzer's runtime then wants this symbol; this tool never fuzzes
/// (its own `main` still runs), so it only has to link.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { 0 }
#endif
