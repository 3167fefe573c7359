"""
Prints a workbook to PDF with LibreOffice and says where every printed cell and every printed word is.

Run with Debian's /usr/bin/python3 (python3-uno): pages.py WORKBOOK.xlsx OUT_DIR, in the office a jest worker
keeps (office.py; test/helpers/libreoffice.ts starts it and sets STR_LO_PIPE and STR_LO_KEEPER).
Writes OUT_DIR/pages.pdf and prints JSON to stdout: one entry per PDF page, with its sheet, the zoom it
printed at, the rectangles of its non-empty cells (in PDF points, top-left origin) with their text, font
size and boldness, and the word boxes poppler's `pdftotext -bbox-layout` found on it. test/helpers/pages.ts
turns that into findings (a word outside its cell, text below 6.5 pt, a page with no headers ...).

Why UNO and not the PDF alone: the PDF has no cell grid. LibreOffice's own print renderer says which cells
each page holds (SourceRange) and the sheet gives every row's and column's size; the page's zoom, when the
sheet is fitted to a page width, is found as the whole percentage at which the words sit in their cells
(LibreOffice only zooms in whole percentages).
"""
import html
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from bisect import bisect_left, bisect_right

import uno

from office import connect, prop

HMM_TO_PT = 72 / 2540  # LibreOffice measures in 1/100 mm
BOLD = 150  # com.sun.star.awt.FontWeight.BOLD
SLACK_PT = 1.0  # a word box may touch its cell's border


def pdf_words(pdf):
    """Per page: (width, height, [word boxes]) from pdftotext -bbox-layout, in points."""
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True, capture_output=True).stdout.decode()
    pages = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = [
            {"x0": float(m[1]), "y0": float(m[2]), "x1": float(m[3]), "y1": float(m[4]),
             "text": unicodedata.normalize("NFKC", html.unescape(m[5]))}
            for m in re.finditer(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page[3])
        ]
        pages.append((float(page[1]), float(page[2]), words))
    return pages


class SheetGrid:
    """A sheet's column and row edges in 1/100 mm, its non-empty cells, and its print settings."""

    def __init__(self, doc, sheet, merges, printed):
        self.name = sheet.Name
        self.merges = merges
        used = sheet.createCursor()
        used.gotoEndOfUsedArea(False)
        # The printed range can reach past the used area (formatted cells), and the other way round.
        self.last_col = max(used.RangeAddress.EndColumn, printed[0])
        self.last_row = max(used.RangeAddress.EndRow, printed[1] + 3)
        # Each UNO call is a round trip to the office: both properties of a row come in one.
        self.col_x = [0]
        columns = sheet.Columns
        for c in range(self.last_col + 1):
            width, visible = columns.getByIndex(c).getPropertyValues(("Width", "IsVisible"))
            self.col_x.append(self.col_x[-1] + (width if visible else 0))
        self.row_y = [0]
        # The rows that start a page at a manual break, asked with each row's size: the sheet's RowPageBreaks
        # lists an automatic break every 50 rows or so down to row 1,048,576 too (20,000 of them, a second of
        # CPU a workbook to turn into Python).
        self.manual_breaks = []
        rows = sheet.Rows
        for r in range(self.last_row + 1):
            height, visible, manual_break = rows.getByIndex(r).getPropertyValues(
                ("Height", "IsVisible", "IsManualPageBreak"))
            self.row_y.append(self.row_y[-1] + (height if visible else 0))
            if manual_break:
                self.manual_breaks.append(r)
        self.cells = self.read_cells(sheet)
        style = doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
        self.fitted = style.ScaleToPagesX > 0 or style.ScaleToPagesY > 0 or style.ScaleToPages > 0
        self.zoom = style.PageScale / 100
        self.left = style.LeftMargin
        self.printable_width = style.Width - style.LeftMargin - style.RightMargin
        self.top = style.TopMargin + (style.HeaderHeight if style.HeaderIsOn else 0)
        self.bottom = style.BottomMargin + (style.FooterHeight if style.FooterIsOn else 0)
        titles = sheet.TitleRows if sheet.PrintTitleRows else None
        self.title_rows = (titles.StartRow, titles.EndRow) if titles else None
        columns = sheet.TitleColumns if sheet.PrintTitleColumns else None
        self.title_cols = (columns.StartColumn, columns.EndColumn) if columns else None

    def read_cells(self, sheet):
        """Non-empty cells with their shown text and font; the font is read once per set of ranges that share
        one format (getUniqueCellFormatRanges), not per range: each UNO call is a round trip to the office, and
        an outline's sheet has about 500 ranges in some 30 formats."""
        cells = []
        used = sheet.getCellRangeByPosition(0, 0, self.last_col, self.last_row)
        data = used.DataArray
        merged = {(m[0], m[1]): m for m in self.merges}
        for r, values in enumerate(data):
            for c, value in enumerate(values):
                if value == "" or value is None:
                    continue
                # Numbers and dates print as formatted; text prints as it is.
                text = value if isinstance(value, str) else sheet.getCellByPosition(c, r).String
                if text.strip() == "":
                    continue
                area = merged.get((r, c), (r, c, r, c))
                cells.append({"row": r, "col": c, "lastRow": area[2], "lastCol": area[3],
                              "text": unicodedata.normalize("NFKC", text)})
        # cells are in row order: a range's cells are found by bisecting on its rows, not by a look at every cell.
        cell_rows = [cell["row"] for cell in cells]
        formats = used.getUniqueCellFormatRanges()
        for i in range(formats.Count):
            same_format = formats.getByIndex(i)
            inside_ranges = [cell for a in same_format.RangeAddresses
                             for cell in cells[bisect_left(cell_rows, a.StartRow):bisect_right(cell_rows, a.EndRow)]
                             if a.StartColumn <= cell["col"] <= a.EndColumn]
            if not inside_ranges:
                continue
            size, weight, wrap, angle = same_format.getPropertyValues(
                ("CharHeight", "CharWeight", "IsTextWrapped", "RotateAngle"))
            style = {"fontSize": size, "bold": weight >= BOLD, "wrap": wrap, "rotated": angle != 0}
            for cell in inside_ranges:
                cell.update(style)
        return cells


def merged_areas(workbook):
    """Each sheet's merged areas as (row, col, last row, last col), 0-based, read from the file itself."""
    with zipfile.ZipFile(workbook) as z:
        book = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        targets = {m[1]: m[2] for m in re.finditer(r'<Relationship[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"', rels)}
        targets.update({m[2]: m[1] for m in re.finditer(r'<Relationship[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)})
        areas = {}
        for m in re.finditer(r'<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"', book):
            target = targets[m[2]].lstrip("/")
            part = z.read(target if target.startswith("xl/") else "xl/" + target).decode()
            areas[html.unescape(m[1])] = [a1_area(ref) for ref in re.findall(r'<mergeCell ref="([A-Z0-9:]+)"', part)]
    return areas


def a1_area(ref):
    def point(a1):
        letters, digits = re.match(r"([A-Z]+)(\d+)", a1).groups()
        col = 0
        for ch in letters:
            col = col * 26 + ord(ch) - 64
        return int(digits) - 1, col - 1
    first, last = (ref.split(":") + [ref])[:2]
    return point(first) + point(last)


def band(word):
    """The middle half of a word box, vertically: poppler's boxes run from the font's ascent to its descent,
    so a line that fits its row can still poke out of it; a clipped line's middle cannot."""
    quarter = (word["y1"] - word["y0"]) / 4
    return word["y0"] + quarter, word["y1"] - quarter


def inside(word, rect):
    top, bottom = band(word)
    return (word["x0"] >= rect[0] - SLACK_PT and word["x1"] <= rect[2] + SLACK_PT
            and top >= rect[1] - SLACK_PT and bottom <= rect[3] + SLACK_PT)


def place(grid, cell, page, zoom, top):
    """The cell's rectangle on a page in points, or None when the page does not print it. Repeated title
    rows print above the page's rows, repeated title columns to the left of its columns."""
    titles, rows, cols = page["titles"], page["rows"], page["cols"]
    title_cols = page.get("titleCols")
    in_titles = titles and titles[0] <= cell["row"] <= titles[1]
    in_title_cols = title_cols and title_cols[0] <= cell["col"] <= title_cols[1]
    if not (rows[0] <= cell["row"] <= rows[1] or in_titles):
        return None
    if not (cols[0] <= cell["col"] <= cols[1] or in_title_cols):
        return None
    if in_title_cols:
        x0, x_shift, last_col = grid.col_x[title_cols[0]], 0, min(cell["lastCol"], title_cols[1])
    else:
        x0, last_col = grid.col_x[cols[0]], min(cell["lastCol"], cols[1])
        x_shift = (grid.col_x[title_cols[1] + 1] - grid.col_x[title_cols[0]]) if title_cols else 0
    if in_titles:
        y0, shift = grid.row_y[titles[0]], 0
    else:
        y0 = grid.row_y[rows[0]]
        shift = (grid.row_y[titles[1] + 1] - grid.row_y[titles[0]]) if titles else 0
    last_row = min(cell["lastRow"], titles[1] if in_titles else rows[1])
    return [
        (grid.left + (x_shift + grid.col_x[cell["col"]] - x0) * zoom) * HMM_TO_PT,
        top + (shift + grid.row_y[cell["row"]] - y0) * zoom * HMM_TO_PT,
        (grid.left + (x_shift + grid.col_x[last_col + 1] - x0) * zoom) * HMM_TO_PT,
        top + (shift + grid.row_y[last_row + 1] - y0) * zoom * HMM_TO_PT,
    ]


def best_point(intervals):
    """The point covered by most intervals (the middle of the first such stretch), by a sweep."""
    events = sorted([(lo, 0) for lo, hi in intervals if lo <= hi] + [(hi, 1) for lo, hi in intervals if lo <= hi])
    best, count, best_count, start = None, 0, 0, None
    for position, kind in events:
        if kind == 0:
            count += 1
            if count > best_count:
                best_count, start = count, position
                best = None
        else:
            if count == best_count and best is None and start is not None:
                best = (start + position) / 2
            count -= 1
    return best


def fit_page_position(grid, page, words):
    """The zoom and the top of the cells on the page, from the words that occur in just one of its cells.

    Fitted to a page width, LibreOffice zooms by a whole percentage; the top depends on the page header's
    real height. Each word found in one cell only says which zooms (from its left and right edge) and
    which tops (from its height) would put it in that cell; the zoom and top most words agree on win.
    """
    cells = [c for c in grid.cells if page["cols"][0] <= c["col"] <= page["cols"][1]
             and page["rows"][0] <= c["row"] <= page["rows"][1]]
    holders = {}
    for cell in cells:
        for token in set(cell["text"].split()):
            holders.setdefault(token, []).append(cell)
    unique = [(w, holders[w["text"]][0]) for w in words if len(holders.get(w["text"], [])) == 1]
    if grid.fitted:
        width = grid.col_x[page["cols"][1] + 1] - grid.col_x[page["cols"][0]]
        widest = max(10, min(100, int(100 * grid.printable_width / max(1, width))))
        x0 = grid.col_x[page["cols"][0]]

        def agree(percent):
            z = percent / 100 * HMM_TO_PT
            left = grid.left * HMM_TO_PT
            return sum(1 for w, c in unique
                       if w["x0"] >= left + (grid.col_x[c["col"]] - x0) * z - SLACK_PT
                       and w["x1"] <= left + (grid.col_x[c["lastCol"] + 1] - x0) * z + SLACK_PT)
        zoom = max(range(widest, 9, -1), key=agree) / 100
    else:
        zoom = grid.zoom
    y0 = grid.row_y[page["rows"][0]]
    shift = (grid.row_y[page["titles"][1] + 1] - grid.row_y[page["titles"][0]]) if page["titles"] else 0
    intervals = []
    for w, c in unique:
        top, bottom = band(w)
        cell_top = (shift + grid.row_y[c["row"]] - y0) * zoom * HMM_TO_PT
        cell_bottom = (shift + grid.row_y[c["lastRow"] + 1] - y0) * zoom * HMM_TO_PT
        intervals.append((bottom - cell_bottom, top - cell_top))
    top = best_point(intervals)
    return zoom, (top if top is not None else grid.top * HMM_TO_PT)


def fit_rows(grid, page, words, zoom, top):
    """The page's rows, as printed. LibreOffice's renderer, asked after the PDF export, can paginate a row or
    two apart from it (printer and PDF measure rows in different units): shift the range to where the
    words that occur in one cell only sit inside that cell."""
    def score(shift):
        rows = [page["rows"][0] + shift, page["rows"][1] + shift]
        if rows[0] < 0 or (page["titles"] and rows[0] <= page["titles"][1]):
            return -1
        trial = dict(page, rows=rows)
        holders = {}
        for cell in grid.cells:
            if rows[0] <= cell["row"] <= rows[1] and page["cols"][0] <= cell["col"] <= page["cols"][1]:
                for token in set(cell["text"].split()):
                    holders.setdefault(token, []).append(cell)
        return sum(1 for w in words if len(holders.get(w["text"], [])) == 1
                   and inside(w, place(grid, holders[w["text"]][0], trial, zoom, top)))
    best = max(range(-3, 4), key=lambda shift: (score(shift), -abs(shift)))
    return [page["rows"][0] + best, page["rows"][1] + best]


def main():
    workbook, out_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(out_dir, exist_ok=True)
    pdf = os.path.join(out_dir, "pages.pdf")
    desktop = connect()
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(workbook), "_blank", 0, (prop("Hidden", True),))
    try:
        doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "calc_pdf_Export"),))
        options = (prop("IsPrinter", True),)
        merges = merged_areas(workbook)
        sources = [{p.Name: p.Value for p in doc.getRenderer(i, doc, options)}["SourceRange"]
                   for i in range(doc.getRendererCount(doc, options))]
        grids = {}
        pages = []
        for source in sources:
            sheet = doc.Sheets.getByIndex(source.Sheet)
            if sheet.Name not in grids:
                printed = [s for s in sources if s.Sheet == source.Sheet]
                extent = (max(s.EndColumn for s in printed), max(s.EndRow for s in printed))
                grids[sheet.Name] = SheetGrid(doc, sheet, merges.get(sheet.Name, []), extent)
            grid = grids[sheet.Name]
            titles = grid.title_rows if grid.title_rows and source.StartRow > grid.title_rows[1] else None
            title_cols = grid.title_cols if grid.title_cols and source.StartColumn > grid.title_cols[1] else None
            pages.append({
                "sheet": sheet.Name, "rows": [source.StartRow, source.EndRow],
                "cols": [source.StartColumn, source.EndColumn], "titles": list(titles) if titles else None,
                "titleCols": list(title_cols) if title_cols else None,
            })
    finally:
        doc.close(True)

    printed = pdf_words(pdf)
    if len(printed) != len(pages):
        raise RuntimeError("the PDF has %d pages, LibreOffice's renderer %d" % (len(printed), len(pages)))
    fitted = {}
    for page, (width, height, words) in zip(pages, printed):
        grid = grids[page["sheet"]]
        # Every page of a sheet prints at one zoom, below a header of one height: fit them on its first page.
        if page["sheet"] not in fitted:
            fitted[page["sheet"]] = fit_page_position(grid, page, words)
        zoom, content_top = fitted[page["sheet"]]
        # A page that starts at a manual break starts there in the PDF too; the fit can be misled by tall rows.
        if page["rows"][0] > 0 and page["rows"][0] not in grid.manual_breaks:
            page["rows"] = fit_rows(grid, page, words, zoom, content_top)
        cells = []
        for cell in grid.cells:
            rect = place(grid, cell, page, zoom, content_top)
            if rect:
                cells.append(dict(cell, rect=rect))
        content_bottom = height - grid.bottom * HMM_TO_PT
        page.update({
            "width": width, "height": height, "zoom": zoom, "words": words, "cells": cells,
            "contentTop": content_top, "contentBottom": content_bottom,
            "manualBreaks": grid.manual_breaks, "titleRows": list(grid.title_rows) if grid.title_rows else None,
        })
    # One write: json.dump writes piece by piece (half a million writes for a long workbook).
    sys.stdout.write(json.dumps({"pdf": pdf, "pages": pages}))


if __name__ == "__main__":
    main()
