#!/usr/bin/env python3
"""The panel pack as a reader holds it: `pdftotext -bbox` words, page by page.

  pack.py PACK.pdf...

For each pack: no word under 8 pt, page 1 filled to at least three quarters of its
text area when the pack runs past it, and no heading among the last two lines of a
full page (a heading at a page's foot).
A word's box is about 1.14 times its size in the pack's fonts (10 pt text -> 11.4);
a heading is set at 11.5 pt or more, the text and the charts at 10 pt or less.
Exits 1 on any finding.
"""
import re
import subprocess
import sys

BOX_PER_POINT = 1.14
SMALLEST_POINTS = 8.0
HEADING_BOX = 13.0
# The template's margins: the text area lies between them.
TOP, BOTTOM = 1.7 / 2.54 * 72, 2.0 / 2.54 * 72
PAGE_ONE_FILL = 0.75

WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def pages(pdf):
    html = subprocess.run(
        ["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True
    ).stdout
    for part in html.split("<page ")[1:]:
        size = PAGE.match("<page " + part)
        height = float(size.group(2))
        words = [
            (float(y0), float(y1), text)
            for (_, y0, _, y1, text) in WORD.findall(part)
        ]
        # The running footer sits in the bottom margin: not the page's text.
        body = [w for w in words if w[1] <= height - BOTTOM + 2]
        yield height, words, body


def lines(words):
    """Words grouped by the line they stand on, top to bottom."""
    rows = []
    for y0, y1, text in sorted(words):
        if rows and abs(rows[-1][0] - y1) < 3:
            rows[-1][1].append((y0, y1, text))
        else:
            rows.append((y1, [(y0, y1, text)]))
    return [row for _, row in rows]


def check(pdf):
    problems = []
    all_pages = list(pages(pdf))
    for number, (height, words, body) in enumerate(all_pages, 1):
        for y0, y1, text in words:
            points = (y1 - y0) / BOX_PER_POINT
            if points < SMALLEST_POINTS - 0.05:
                problems.append(f"page {number}: `{text}` prints at {points:.1f} pt")
        rows = lines(body)
        area = height - TOP - BOTTOM
        # A page that ends well above its foot ended where a part ends (the matrix
        # starts a page): its last lines are not at the foot.
        full = bool(rows) and (max(y1 for _, y1, _ in body) - TOP) / area > 0.85
        if number < len(all_pages) and full:
            for row in rows[-2:]:
                if max(y1 - y0 for y0, y1, _ in row) >= HEADING_BOX:
                    text = " ".join(t for _, _, t in row)
                    problems.append(f"page {number}: the heading `{text}` is at the page's foot")
        if number == 1 and body:
            fill = (max(y1 for _, y1, _ in body) - TOP) / area
            print(f"  {pdf}: page 1 is {fill:.0%} filled")
            if fill < PAGE_ONE_FILL and len(all_pages) > 1:
                problems.append(f"page 1 is {fill:.0%} filled (at least {PAGE_ONE_FILL:.0%})")
    smallest = min(
        ((y1 - y0) / BOX_PER_POINT for _, words, _ in all_pages for y0, y1, _ in words),
        default=0,
    )
    print(f"  {pdf}: {len(all_pages)} pages, smallest word {smallest:.1f} pt")
    return problems


def main():
    problems = [f"{pdf}: {p}" for pdf in sys.argv[1:] for p in check(pdf)]
    for p in problems:
        print(p)
    print(f"pack: {len(sys.argv) - 1} packs, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
