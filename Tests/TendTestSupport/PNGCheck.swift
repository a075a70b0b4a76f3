/// Decodes a PNG with python3 (zlib and the five row filters; 8-bit RGB or
/// RGBA, not interlaced) and prints its width, height, how many rows and
/// columns hold ink (pixels unlike the top-left background), and the ink's
/// bounds: enough to tell a blank or cut page from a whole one.
public enum PNGCheck {
    public static let script = #"""
    import sys, zlib, struct
    data = open(sys.argv[1], "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    assert depth == 8 and colour in (2, 6) and interlace == 0, "unexpected PNG layout"
    bpp = 3 if colour == 2 else 4
    stride = width * bpp
    raw = zlib.decompress(idat)
    rows, prev, i = [], bytearray(stride), 0
    for y in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if kind == 1:
            for x in range(bpp, stride): line[x] = (line[x] + line[x - bpp]) & 255
        elif kind == 2:
            for x in range(stride): line[x] = (line[x] + prev[x]) & 255
        elif kind == 3:
            for x in range(stride): line[x] = (line[x] + (((line[x - bpp] if x >= bpp else 0) + prev[x]) >> 1)) & 255
        elif kind == 4:
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b = prev[x]
                c = prev[x - bpp] if x >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 255
        rows.append(line)
        prev = line
    bg = rows[0][0:3]
    inked_rows, inked_columns = set(), set()
    for y, line in enumerate(rows):
        for x in range(width):
            o = x * bpp
            if abs(line[o] - bg[0]) + abs(line[o + 1] - bg[1]) + abs(line[o + 2] - bg[2]) > 60:
                inked_rows.add(y)
                inked_columns.add(x)
    if not inked_rows:
        print(width, height, 0, 0, -1, -1, -1, -1)
    else:
        print(width, height, len(inked_rows), len(inked_columns), min(inked_rows), max(inked_rows), min(inked_columns), max(inked_columns))
    """#
}
