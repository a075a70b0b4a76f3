import Foundation
import Testing
import TendTestSupport

/// What `make test` prepares before `swift test`: `make install DESTDIR=<dir>/root
/// PREFIX=/usr` and `make deb DEB_DIR=<dir>`, in `TEND_PACKAGING_DIR`. These tests
/// only read and copy that tree: a `make install` from inside `swift test` would
/// run `swift build`, which waits forever for the lock `swift test` holds on .build.
enum Packaging {
    static var directory: String? {
        guard let dir = ProcessInfo.processInfo.environment["TEND_PACKAGING_DIR"], !dir.isEmpty else { return nil }
        return dir
    }

    static func root() throws -> String {
        let root = try #require(directory) + "/root"
        try #require(FileManager.default.fileExists(atPath: root + "/usr/bin/tend"), "make test installs into \(root) first")
        return root
    }

    static func deb() throws -> String {
        let dir = try #require(directory)
        let debs = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".deb") }
        try #require(debs.count == 1, "expected one .deb in \(dir), found \(debs)")
        return dir + "/" + debs[0]
    }

    /// The checkout, for running `make` targets that build nothing.
    static func repository(filePath: String = #filePath) -> String {
        var url = URL(fileURLWithPath: filePath)
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("Makefile").path) {
            url.deleteLastPathComponent()
        }
        return url.path
    }

    /// `sh -c script` with the arguments as $1, $2, ...
    static func sh(_ script: String, _ arguments: String..., environment: [String: String]? = nil) throws -> CommandResult {
        try CommandRunner.run(["/bin/sh", "-c", script, "sh"] + arguments, environment: environment)
    }

    /// The regular files (and links) under a folder, as paths relative to it.
    static func files(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        for case let item as String in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + item, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(item)
            }
        }
        return found.sorted()
    }

    /// A field of the .deb's control file.
    static func field(_ name: String) throws -> String {
        let result = try CommandRunner.run(["dpkg-deb", "--field", try deb(), name])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let installedFiles = [
        "usr/bin/tend",
        "usr/lib/systemd/user/tend-remind.service",
        "usr/libexec/tend/tend-import",
        "usr/share/bash-completion/completions/tend",
        "usr/share/fish/vendor_completions.d/tend.fish",
        "usr/share/man/man1/tend.1.gz",
        "usr/share/zsh/vendor-completions/_tend",
    ]
}

@Suite("Packaging: make install, make uninstall and make deb",
       .enabled(if: Packaging.directory != nil, "needs TEND_PACKAGING_DIR: `make test` installs into a temporary DESTDIR and builds a .deb first"))
struct PackagingTests {
    @Test("make install puts the binary, its import helper, man page, completions and user unit where PREFIX says")
    func installLayout() throws {
        #expect(Packaging.files(under: try Packaging.root()) == Packaging.installedFiles)
    }

    @Test("the installed tend runs from another folder on a fresh HOME, without the Swift toolchain")
    func runsAnywhere() throws {
        let binary = try Packaging.root() + "/usr/bin/tend"
        let home = TemporaryDirectory("tend-pkg-home"), elsewhere = TemporaryDirectory("tend-pkg-cwd")
        // No /opt/swift or other toolchain folder on PATH, nothing in LD_LIBRARY_PATH.
        let env = ["HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "UTC"]
        let version = try Packaging.sh(#"cd "$1" && exec "$2" --version"#, elsewhere.path, binary, environment: env)
        #expect(version.status == 0, "\(version.stderr)")
        #expect(!version.stdout.isEmpty)
        let practices = try Packaging.sh(#"cd "$1" && exec "$2" practices"#, elsewhere.path, binary, environment: env)
        #expect(practices.status == 0, "\(practices.stderr)")
        #expect(practices.stdout.split(separator: "\n").count >= 5, "\(practices.stdout)")
        // A CSV file is read by the helper in ../libexec/tend/.
        try "date,text\n2026-11-23,The rain stopped for us.\n".write(toFile: elsewhere.appending("notes.csv"), atomically: true, encoding: .utf8)
        let imported = try Packaging.sh(#"cd "$1" && exec "$2" import --from csv notes.csv"#, elsewhere.path, binary, environment: env)
        #expect(imported.status == 0 && imported.stdout.hasPrefix("Added 1 entry as a note"), "\(imported.stdout)\(imported.stderr)")

        for program in [binary, try Packaging.root() + "/usr/libexec/tend/tend-import"] {
            let ldd = try CommandRunner.run(["ldd", program])
            #expect(ldd.status == 0, "\(ldd.stderr)")
            #expect(!ldd.stdout.lowercased().contains("swift"), "Swift libraries still linked dynamically:\n\(ldd.stdout)")
            #expect(!ldd.stdout.contains("Foundation"), "\(ldd.stdout)")
            #expect(!ldd.stdout.contains("not found"), "\(ldd.stdout)")
            let dynamic = try CommandRunner.run(["readelf", "-d", program])
            #expect(!dynamic.stdout.contains("RUNPATH") && !dynamic.stdout.contains("RPATH"), "\(dynamic.stdout)")
        }
    }

    @Test("tend --version, make print-version and the .deb's Version are the same")
    func oneVersion() throws {
        let version = try CommandRunner.run([try Packaging.root() + "/usr/bin/tend", "--version"])
        let fromMake = try CommandRunner.run(["make", "-s", "--no-print-directory", "-C", Packaging.repository(), "print-version"])
        #expect(fromMake.status == 0, "\(fromMake.stderr)")
        let printed = version.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!printed.isEmpty)
        #expect(fromMake.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == printed)
        #expect(try Packaging.field("Version") == printed)
    }

    @Test("man -l renders the generated page without warnings, with every subcommand")
    func manPage() throws {
        let root = try Packaging.root()
        let man = try CommandRunner.run(["man", "-l", root + "/usr/share/man/man1/tend.1.gz"],
                                        environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "MANWIDTH": "80"])
        #expect(man.status == 0, "\(man.stderr)")
        #expect(man.stderr.isEmpty, "man warned:\n\(man.stderr)")
        for heading in ["NAME", "SYNOPSIS", "DESCRIPTION"] { #expect(man.stdout.contains(heading), "\(man.stdout)") }

        // The page comes from the command definitions: every subcommand is on it.
        let dump = try CommandRunner.run([root + "/usr/bin/tend", "--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let command = try #require(json["command"] as? [String: Any])
        let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
            .filter { $0 != "help" }
        #expect(subcommands.count >= 5, "\(subcommands)")
        for name in subcommands { #expect(man.stdout.contains(name), "\(name) missing from the man page") }
    }

    @Test("bash loads the completion; the zsh and fish scripts are for tend")
    func completions() throws {
        let root = try Packaging.root()
        let bash = try CommandRunner.run(["bash", "--norc", "--noprofile", "-c", #"source "$1" && complete -p tend"#, "bash",
                                          root + "/usr/share/bash-completion/completions/tend"])
        #expect(bash.status == 0, "\(bash.stderr)")
        #expect(bash.stdout.hasPrefix("complete ") && bash.stdout.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(" tend"),
                "\(bash.stdout)")

        let zsh = root + "/usr/share/zsh/vendor-completions/_tend"
        let fish = root + "/usr/share/fish/vendor_completions.d/tend.fish"
        #expect(try String(contentsOfFile: zsh, encoding: .utf8).hasPrefix("#compdef tend"))
        #expect(try String(contentsOfFile: fish, encoding: .utf8).contains("complete -c 'tend'"))
        for (shell, script) in [("zsh", zsh), ("fish", fish)] {
            if CommandRunner.which(shell) != nil {
                let check = try CommandRunner.run([shell, "-n", script])
                #expect(check.status == 0, "\(shell) -n \(script): \(check.stderr)")
            } else {
                print("note: \(shell) is not installed; checked \(script) by its content only")
            }
        }
    }

    @Test("the systemd user unit runs the installed tend remind, and systemd accepts it")
    func systemdUnit() throws {
        let root = try Packaging.root()
        let unit = try String(contentsOfFile: root + "/usr/lib/systemd/user/tend-remind.service", encoding: .utf8)
        // Read as systemd would: sections, then key=value lines.
        var sections: [String: [String: String]] = [:]
        var current: String?
        for raw in unit.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                sections[current!, default: [:]] = [:]
                continue
            }
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            #expect(parts.count == 2 && current != nil, "not key=value in a section: \(line)")
            if parts.count == 2, let current { sections[current]![parts[0]] = parts[1] }
        }
        #expect(Set(sections.keys) == ["Unit", "Service", "Install"])
        #expect(sections["Service"]?["ExecStart"] == "/usr/bin/tend remind")
        #expect(sections["Install"]?["WantedBy"] == "default.target")
        #expect(sections["Unit"]?["Description"]?.isEmpty == false)
        #expect(!unit.contains("@"), "a placeholder was left in:\n\(unit)")

        guard CommandRunner.which("systemd-analyze") != nil else {
            print("note: systemd-analyze is not installed; checked tend-remind.service by reading it only")
            return
        }
        // The unit names /usr/bin/tend; point it at the DESTDIR copy so systemd can check it runs.
        let scratch = TemporaryDirectory("tend-pkg-unit")
        try unit.replacingOccurrences(of: "ExecStart=/usr/bin/tend", with: "ExecStart=\(root)/usr/bin/tend")
            .write(toFile: scratch.appending("tend-remind.service"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: scratch.appending("runtime"), withIntermediateDirectories: true)
        let verify = try CommandRunner.run(["systemd-analyze", "verify", "--user", scratch.appending("tend-remind.service")],
                                           environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                                                         "XDG_RUNTIME_DIR": scratch.appending("runtime"),
                                                         "MANPATH": root + "/usr/share/man"])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stderr.isEmpty, "systemd-analyze verify complained:\n\(verify.stderr)")
    }

    @Test("make uninstall removes exactly what make install put there")
    func uninstall() throws {
        let root = try Packaging.root()
        let copy = TemporaryDirectory("tend-pkg-uninstall")
        let copied = try Packaging.sh(#"cp -a "$1/." "$2""#, root, copy.path)
        #expect(copied.status == 0, "\(copied.stderr)")
        try "not Tend's".write(toFile: copy.appending("usr/bin/someone-else"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["make", "-s", "--no-print-directory", "-C", Packaging.repository(),
                                            "uninstall", "DESTDIR=\(copy.path)", "PREFIX=/usr"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Packaging.files(under: copy.path) == ["usr/bin/someone-else"])
    }

    @Test("the .deb holds exactly the installed files and depends on every library tend links")
    func debianPackage() throws {
        let root = try Packaging.root(), deb = try Packaging.deb()
        let contents = try CommandRunner.run(["dpkg-deb", "--contents", deb])
        #expect(contents.status == 0, "\(contents.stderr)")
        let packaged = contents.stdout.split(separator: "\n").filter { !$0.hasPrefix("d") }
            .compactMap { $0.split(separator: " ").last.map { String($0.dropFirst(2)) } }.sorted()
        #expect(packaged == Packaging.files(under: root))

        #expect(try Packaging.field("Package") == "tend")
        #expect(try !Packaging.field("Description").isEmpty)
        let depends = try Packaging.field("Depends")
        let dependedOn = Set(depends.split(separator: ",").compactMap {
            $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init)
        })
        #expect(dependedOn.contains("libncursesw6"), "\(depends)")

        // Every shared library the binary loads belongs to a package it depends on.
        let ldd = try CommandRunner.run(["ldd", root + "/usr/bin/tend"])
        let libraries = ldd.stdout.split(separator: "\n").compactMap { line -> String? in
            line.split(separator: " ").map(String.init).first { $0.hasPrefix("/") }
        }
        #expect(libraries.count >= 3, "\(ldd.stdout)")
        for library in libraries {
            let candidates = [library, "/usr" + library, (library as NSString).resolvingSymlinksInPath]
            var package: String?
            for path in candidates where package == nil {
                let owner = try CommandRunner.run(["dpkg-query", "--search", path])
                if owner.status == 0 { package = owner.stdout.split(separator: ":").first.map(String.init) }
            }
            #expect(package.map(dependedOn.contains) == true, "\(library) comes from \(package ?? "no package"), not in Depends: \(depends)")
        }
    }
}
