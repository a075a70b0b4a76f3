import Foundation
import Testing
import TendCore
import TendSending
import TendTestSupport

/// The gift page: everything about one person, by month, as inert text.
@Suite("Sending: the gift page")
struct GiftPageTests {
    static let hostile = "</p><script>alert('x')</script><img src=\"https://example.org/x.png\" onerror=alert(1)> & \u{1B}[31m\u{202E}done"

    static var records: [Record] {
        [
            RecordSamples.appreciation(1, person: "Ana", text: "You carried the boxes up four floors.", at: "2026-10-03T21:30:00+02:00"),
            RecordSamples.appreciation(2, person: "Ana", text: Self.hostile, at: "2026-11-23T21:30:05+01:00"),
            RecordSamples.appreciation(3, person: "Ana", text: "Two lines,\nkept apart.", at: "2026-11-24T21:30:05+01:00"),
            RecordSamples.checkIn(4),
        ]
    }

    static var page: String { GiftPage.html(name: "Ana <3", records: records, words: PromptLibrary.builtIn.sending) }

    @Test("hostile text becomes text: no tag, no attribute, no control character gets through")
    func escaped() {
        let page = Self.page
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(page.contains("&lt;/p&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=&quot;https://example.org/x.png&quot; onerror=alert(1)&gt; &amp; [31mdone"))
        #expect(!page.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        #expect(page.contains("<title>For Ana &lt;3</title>"))
    }

    @Test("grouped by month, oldest first, each dated, with the opening line and the span")
    func structure() {
        let page = Self.page
        let october = page.range(of: "<h2>October 2026</h2>"), november = page.range(of: "<h2>November 2026</h2>")
        #expect(october != nil && november != nil)
        if let october, let november { #expect(october.lowerBound < november.lowerBound) }
        #expect(page.contains(#"<time datetime="2026-10-03">Saturday 3 October</time>"#))
        #expect(page.contains(#"<time datetime="2026-11-24">Tuesday 24 November</time><p class="words">Two lines,"#))
        #expect(page.contains(PromptLibrary.builtIn.sending.giftOpening))
        #expect(page.contains("October 2026 to November 2026"))
        #expect(page.components(separatedBy: "<li>").count == 4, "three appreciations, the check-in left out")
    }

    @Test("self-contained: inline CSS only, nothing fetched from anywhere, light, dark and print styles")
    func selfContained() {
        let page = GiftPage.html(name: "Ana", records: Array(Self.records.prefix(1)), words: PromptLibrary.builtIn.sending)
        for outside in ["<link", "<script", "@import", "url(", "src=", "href="] {
            #expect(!page.contains(outside), "\(outside)")
        }
        #expect(page.contains("prefers-color-scheme: dark"))
        #expect(page.contains("@media print"))
        #expect(page.contains("@page"))
        #expect(page.contains("default-src 'none'"))
    }

    @Test("the page is well-formed HTML: python's html.parser finds every tag closed in order")
    func wellFormed() throws {
        guard let python = CommandRunner.which("python3") else {
            Issue.record("python3 is needed to parse the page; `make test` installs it")
            return
        }
        let result = try CommandRunner.run([python, "-c", HTMLCheck.script], input: Self.page)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("You carried the boxes up four floors."))
        #expect(result.stdout.contains("</p><script>alert('x')</script>"), "the hostile sentence is in the page's text, as text")
    }
}
