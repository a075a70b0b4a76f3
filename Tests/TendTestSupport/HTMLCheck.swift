/// A small HTML well-formedness check, run with python3 (its html.parser):
/// every element closed in order (void elements excepted), no script or
/// outside reference. Prints the page's text on success; exits 1 with the
/// reason otherwise. Reads the page on standard input.
public enum HTMLCheck {
    public static let script = #"""
    import sys
    from html.parser import HTMLParser
    VOID = {"meta", "br", "img", "hr", "link", "input", "wbr"}
    class Check(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.stack, self.text, self.problems = [], [], []
        def handle_starttag(self, tag, attrs):
            if tag == "script": self.problems.append("a script")
            for name, value in attrs:
                if name in ("src", "href") or name.startswith("on"): self.problems.append("attribute " + name)
            if tag not in VOID: self.stack.append(tag)
        def handle_endtag(self, tag):
            if not self.stack or self.stack[-1] != tag:
                self.problems.append("</%s> closes %s" % (tag, self.stack[-1] if self.stack else "nothing"))
            else:
                self.stack.pop()
        def handle_data(self, data):
            if self.stack and self.stack[-1] not in ("style", "title"): self.text.append(data)
    page = sys.stdin.read()
    if not page.startswith("<!DOCTYPE html>"): print("no doctype"); sys.exit(1)
    check = Check(); check.feed(page); check.close()
    if check.stack: check.problems.append("left open: " + ", ".join(check.stack))
    if check.problems: print("\n".join(check.problems)); sys.exit(1)
    print("".join(check.text))
    """#
}
