// swift-tools-version: 6.1
import PackageDescription

/// Tend: a calm terminal coach for micro-moments of connection.
/// One target per concern; see README.md for what lives where.
let package = Package(
    name: "Tend",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tend", targets: ["tend"]),
        .executable(name: "tend-import", targets: ["tend-import"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // The only place that touches C: ncursesw, macros made into inline functions.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Practice cards and prompts live as data in Resources/ and are compiled into the binary:
        // as Swift values read at build time (CompileContent), and as text for the lines of messages.
        .target(
            name: "TendResources",
            dependencies: ["TendContentTree"],
            path: "Resources",
            exclude: ["README.md", "packaging"],
            resources: [.embedInCode("practices.toml"), .embedInCode("prompts.toml")],
            plugins: ["CompileContent"]
        ),
        // A TOML document as plain Swift values: what the card and prompt readers ask of one.
        .target(name: "TendContentTree", dependencies: ["TOMLKit"]),
        .executableTarget(name: "TendContentCompiler", dependencies: ["TendContentTree"]),
        .plugin(name: "CompileContent", capability: .buildTool(), dependencies: ["TendContentCompiler"]),
        .target(name: "TendCore", dependencies: ["TendResources", "TendContentTree", "TOMLKit"]),
        // The journal's wire formats: JSON lines read and written, the flat-line
        // scanner, the cache's binary codec, byte-level search, and the fold of lines.
        .target(name: "TendJournalFormat", dependencies: ["TendCore"]),
        .target(name: "TendStorage", dependencies: ["TendCore", "TendJournalFormat", "TendProcess", "TendScheduler", "TOMLKit"], exclude: ["FORMAT.md"]),
        // Day One's export is a zip; Daylio's and other journals' are CSV. The libraries that read
        // them pull in Foundation's ICU (40 MB), so only `tend-import`, a helper that `tend import`
        // starts for those files, links them; `tend` never does.
        .target(name: "TendArchives", dependencies: [
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .executableTarget(name: "tend-import", dependencies: ["TendArchives"]),
        // What is due and when to wake, and the firings and snoozes that record it; TendStorage claims firings in the journal.
        .target(name: "TendScheduler", dependencies: ["TendCore"]),
        // The one way Tend starts another program: posix_spawn, never a shell (see Spawn).
        .target(name: "TendProcess"),
        .target(name: "TendUI", dependencies: ["TendCore", "TendJournalFormat", "TendProcess", "TendScheduler", "CNcursesw"], exclude: ["README.md"]),
        // Reaching people: other programs started with posix_spawn (never a shell), the clipboard, the gift page.
        .target(name: "TendSending", dependencies: ["TendCore", "TendProcess"]),
        .executableTarget(
            name: "tend",
            dependencies: [
                "TendCore", "TendJournalFormat", "TendProcess", "TendStorage", "TendScheduler", "TendUI", "TendSending",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make fuzz`: checks of the parsers of outside bytes, run under libFuzzer (see Fuzz/README.md).
        .target(name: "TendFuzzChecks", dependencies: ["TendCore", "TendJournalFormat", "TendStorage", "TendArchives", "TendUI"], path: "Fuzz/Checks"),
        .executableTarget(name: "tend-fuzz", dependencies: ["TendFuzzChecks"], path: "Fuzz/Runner"),
        .target(name: "TendTestSupport", dependencies: ["TendCore", "TendJournalFormat", "TendProcess", "TendStorage", "TendUI"], path: "Tests/TendTestSupport"),
        .testTarget(name: "TendCoreTests", dependencies: ["TendCore", "TendContentTree", "TendJournalFormat", "TendTestSupport", "TOMLKit"]),
        .testTarget(name: "TendStorageTests", dependencies: ["TendStorage", "TendArchives", "TendJournalFormat", "TendTestSupport", "TendFuzzChecks",
                                                      .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["FuzzFindings"]),
        .testTarget(name: "TendSchedulerTests", dependencies: ["TendScheduler", "TendTestSupport"]),
        .testTarget(name: "TendSendingTests", dependencies: ["TendSending", "TendTestSupport"]),
        .testTarget(name: "TendUITests", dependencies: ["TendUI", "TendJournalFormat", "TendScheduler", "TendStorage", "TendTestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TendTestSupport", "TendCore", "TendJournalFormat",
                                                   .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["__Snapshots__"]),
    ],
    swiftLanguageModes: [.v6]
)
