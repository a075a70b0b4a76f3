import Foundation
import Testing
import TendStorage

@Suite("Paths: what NSString's path calls gave, without Foundation")
struct PathTextTests {
    static let shapes = [
        "", "/", "//", "///", "a", "ab", "/a", "a/", "/a/", "a/b", "/a/b", "/a/b/", "/a//b//", "//a", "a//b",
        "/a/./b", "/a/../b", "/a/b/..", "../a", "./a", "/..", "/.", "~", "~/", "~/a", "~/a/../b", "~root/x",
        "~nobody-such/x", "/é/ü", "/a/b\u{301}/c", "/a/\u{301}/b", "/private/tmp", "/tmp/x/",
    ]

    @Test("last component, parent and appending match NSString", arguments: shapes)
    func components(path: String) {
        #expect(PathText.lastComponent(path) == (path as NSString).lastPathComponent)
        if !["a", "a/", "~", "~/"].contains(path) {  // NSString traps on a one-letter relative name
            #expect(PathText.parent(path) == (path as NSString).deletingLastPathComponent)
        }
        for component in ["", "c", "c/d", "/c"] {
            #expect(PathText.appending(component, to: path) == (path as NSString).appendingPathComponent(component))
        }
    }

    @Test("standardized matches standardizingPath, links and all")
    func standardized() throws {
        let root = NSTemporaryDirectory() + "tend-pathtext-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/real/deep", withIntermediateDirectories: true)
        let links = [("absolute", root + "/real"), ("relative", "real/deep"), ("chain", "absolute"), ("up", "../"),
                     ("dangling", "nowhere"), ("loop", "loop")]
        for (name, target) in links { try FileManager.default.createSymbolicLink(atPath: root + "/" + name, withDestinationPath: target) }
        var paths = Self.shapes.map { $0.hasPrefix("~") ? $0 : root + $0 }
        paths += ["absolute", "absolute/deep", "absolute/../x", "relative", "relative/..", "chain/deep", "up/x", "dangling/x",
                  "loop/x", "real/deep/../..", "real/./deep//", "new/folder"].map { root + "/" + $0 }
        paths += ["/", "/tmp/../etc", "relative/path", "../up", "~/x/../y"]
        // Foundation took a link's relative target from the current folder; those differ on purpose (below).
        let throughRelativeLinks = ["relative", "chain", "up", "dangling", "loop"].map { root + "/" + $0 }
        for path in paths where !throughRelativeLinks.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) {
            #expect(PathText.standardized(path) == (path as NSString).standardizingPath, "\(path)")
        }
        let parent = (root as NSString).deletingLastPathComponent
        let real = (root as NSString).resolvingSymlinksInPath
        let expected = ["relative": real + "/real/deep", "relative/..": real + "/real", "chain/deep": real + "/real/deep",
                        "up/x": (parent as NSString).resolvingSymlinksInPath + "/x",
                        "dangling/x": root + "/dangling/x", "loop/x": root + "/loop/x"]
        for (path, standard) in expected {
            #expect(PathText.standardized(root + "/" + path) == standard, "\(path)")
        }
    }

    @Test("the account's home is $HOME, as NSHomeDirectory says")
    func home() {
        #expect(PathText.accountHome == NSHomeDirectory())
    }
}
