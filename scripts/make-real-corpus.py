#!/usr/bin/python3
"""
Fills in workbooks the toolkit made, the way people do, with the real programs a site may use, and saves them:
LibreOffice (driven through its own UNO API, as typing: setFormula runs LibreOffice's input recognition, so
"5" becomes a number and "2008-02-01" a date; setString keeps text) and openpyxl (load, edit, save).

Usage: /usr/bin/python3 scripts/make-real-corpus.py MADE_DIR OUT_DIR [FILE ...]
  MADE_DIR  the toolkit's own files, as scripts/make-real-corpus.sh writes them
  OUT_DIR   where the corpus goes (test/corpus/real/)
  FILE      make only these corpus files (by name); default: all of them

Run it through scripts/make-real-corpus.sh, which makes MADE_DIR first.
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
import xml.etree.ElementTree as ET

# openpyxl warns that it drops the data validations' extension lists: it does, as it does for users.
warnings.filterwarnings('ignore', module='openpyxl')

MAIN = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'


def field_cells(xlsx, sheet):
    """The toolkit's defined names on one sheet, as {name: "B15"}, read from xl/workbook.xml itself."""
    with zipfile.ZipFile(xlsx) as z:
        root = ET.fromstring(z.read('xl/workbook.xml'))
    sheets = [s.get('name') for s in root.iter(MAIN + 'sheet')]
    cells = {}
    for d in root.iter(MAIN + 'definedName'):
        local = d.get('localSheetId')
        if local is None or sheets[int(local)] != sheet:
            continue
        match = re.search(r'!\$?([A-Z]+)\$?(\d+)$', d.text or '')
        if match:
            cells[d.get('name')] = match.group(1) + match.group(2)
    return cells


class Text(str):
    """Entered as text whatever it looks like (LibreOffice's setString; a number typed with a leading ')."""


def rating_fields(cells, rating_for):
    """Baseline 0 and this month's rating for every objective on the form."""
    typed = {}
    for name in cells:
        match = re.match(r'^([A-Z]+\d+)_SelfRating$', name)
        if match:
            key = match.group(1)
            typed[key + '_Baseline'] = 0
            typed[name] = rating_for(key)
    return typed


# Education and Training objectives, and the fifth of Integration into Organisation, have no rating 2.
NO_TWO = re.compile(r'^(ET\d|IO5)$')


def good_return(cells, submitted):
    """A return as a site lead fills it in: every input, with nothing wrong."""
    typed = {
        'Numbers_InPost': 5,
        'Numbers_InRecruitment': 2,
        'Numbers_Identified': 1,
        'Posts_Converted': 2,
        'Posts_New': 3,
        'Area_CMHT': 3,
        'Area_AssertiveOutreach': 1,
        'Area_Other': 1,
        'Area_OtherName': 'Forensic outreach',
        'Report_Progress': 'Two more workers started; Siobhán joined the crisis team.',
        'Added_SteeringGroupMeeting': '2008-02-01',
        'Added_LivedExperience': 1,
        'Added_DateSubmitted': submitted,
    }
    typed.update(rating_fields(cells, lambda key: 1 if NO_TWO.match(key) else 2))
    return typed


# ---------------------------------------------------------------- LibreOffice, through UNO


class LibreOffice:
    """A private headless LibreOffice, reached over a named pipe; closed (and waited for) on exit."""

    def __enter__(self):
        import uno  # noqa: F401  (python3-uno; imported here so openpyxl-only runs need no LibreOffice)

        self.profile = tempfile.mkdtemp(prefix='str-corpus-lo-')
        self.pipe = 'str_corpus_%d' % os.getpid()
        self.process = subprocess.Popen(
            [
                'soffice',
                '-env:UserInstallation=file://' + self.profile,
                '--headless',
                '--invisible',
                '--norestore',
                '--nologo',
                '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % self.pipe,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        deadline = time.time() + 90
        while True:
            try:
                context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % self.pipe)
                break
            except Exception:
                if time.time() > deadline or self.process.poll() is not None:
                    raise RuntimeError('LibreOffice did not start (soffice --accept)')
                time.sleep(0.5)
        self.desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        return self

    def __exit__(self, *_):
        try:
            self.desktop.terminate()
        except Exception:
            pass  # The bridge closes as LibreOffice quits.
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    @staticmethod
    def props(**values):
        import uno

        return tuple(uno.createUnoStruct('com.sun.star.beans.PropertyValue', Name=k, Value=v) for k, v in values.items())

    def open(self, path):
        import uno

        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), '_blank', 0,
                                                 self.props(Hidden=True))

    def new(self):
        return self.desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0, self.props(Hidden=True))

    def save(self, doc, path, filter_name='Calc MS Excel 2007 XML', options=None):
        import uno

        extra = {'FilterOptions': options} if options else {}
        doc.calculateAll()
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)),
                       self.props(FilterName=filter_name, Overwrite=True, **extra))
        doc.close(True)


def lo_type(sheet, address, value):
    """One entry, as typed: numbers as numbers, Text as text, anything else through input recognition."""
    cell = sheet.getCellRangeByName(address)
    if isinstance(value, Text):
        cell.setString(str(value))
    elif isinstance(value, (int, float)):
        cell.setValue(value)
    else:
        cell.setFormula(value)


def lo_fill(lo, source, out, sheet_name, entries):
    """Types `entries` on a sheet of `source` (a new sheet at the end if there is none of that name)."""
    doc = lo.open(source)
    if not doc.Sheets.hasByName(sheet_name):
        doc.Sheets.insertNewByName(sheet_name, doc.Sheets.getCount())
    sheet = doc.Sheets.getByName(sheet_name)
    for address, value in entries.items():
        lo_type(sheet, address, value)
    lo.save(doc, out)


def lo_table(lo, rows, out, filter_name='Calc MS Excel 2007 XML', options=None):
    """A new spreadsheet holding `rows` (a title row and a header row, say), saved as `out`."""
    doc = lo.new()
    sheet = doc.Sheets.getByIndex(0)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value != '':
                lo_type(sheet, '%s%d' % (chr(65 + c), r + 1), value)
    lo.save(doc, out, filter_name, options)


# ---------------------------------------------------------------- openpyxl


def op_value(value):
    """openpyxl writes what it is given: a date as a date, a number as a number, text as text."""
    if isinstance(value, str) and not isinstance(value, Text) and re.match(r'^\d{4}-\d\d-\d\d$', value):
        return datetime.datetime.strptime(value, '%Y-%m-%d')
    return str(value) if isinstance(value, Text) else value


def op_fill(source, out, sheet_name, entries):
    import openpyxl

    book = openpyxl.load_workbook(source)
    sheet = book[sheet_name] if sheet_name in book.sheetnames else book.create_sheet(sheet_name)
    for address, value in entries.items():
        sheet[address] = op_value(value)
    book.save(out)


# ---------------------------------------------------------------- what each corpus file holds


STAFF_ROWS = [
    ['Staff list – North locality (exported from ESR)', '', '', ''],
    ['', '', '', ''],
    ['Name', 'Grade', 'Setting', 'Team'],
    ['Siobhán Ní Bhriain', 'Intermediate', 'crisis', 'North'],
    ['Zoë Adams', 'Band 4', "older people's", 'North'],
    ['Sam Lee', 'Senior', 'early intervention', 'South'],
]

BOARD_NOTES = {'A1': 'Notes for the programme board', 'A2': 'Leeds: April figures agreed by phone, 06/05/2008.'}

SITES_ROWS = [
    ['STR programme sites 2008', ''],
    ['Site', 'Lead'],
    ['Gwynedd Môn', 'Siobhán Kelly'],
    ['Cheshire & Wirral', ''],
    ['Zoë’s House', 'Zoë Adams'],
]


def outline_review(source, sheet_name, review):
    """The KSF outline's Review column as a reviewer fills it: every indicator row, and the level shown."""
    import openpyxl

    sheet = openpyxl.load_workbook(source)[sheet_name]
    entries = {}
    for (ref,) in sheet.iter_rows(min_col=1, max_col=1):
        text = str(ref.value or '')
        if re.match(r'^(Core \d|HWB\d|IK\d|G\d) L\d [a-z]$', text):
            entries['E%d' % ref.row] = review(text)
            entries['F%d' % ref.row] = 'Seen in supervision, March 2008'
    return entries


def results_explanation(source):
    """Column G (Explanation) of the first warning row on the Check results sheet."""
    import openpyxl

    sheet = openpyxl.load_workbook(source)['Check results']
    for row in sheet.iter_rows(min_col=1, max_col=1):
        if str(row[0].value or '').lower() == 'warning':
            return {'G%d' % row[0].row: 'Agreed with the programme board on 10/04/2008.'}
    raise RuntimeError('No warning on the results sheet to explain')


def plan(made):
    """Corpus file → (program, how to make it)."""
    march = os.path.join(made, 'return-2008-03.xlsx')
    april = os.path.join(made, 'return-2008-04.xlsx')
    march_cells = field_cells(march, '2008-03')
    april_cells = field_cells(april, '2008-04')

    def at(cells, typed):
        return {cells[name]: value for name, value in typed.items()}

    good = good_return(march_cells, '2008-04-03')
    # Typed the way people type: a rating the scale does not have, a count typed as text, a total too low.
    errors = dict(good, ET1_SelfRating=2, Numbers_InRecruitment=Text('2'), Area_CMHT=1)
    april_typed = dict(good_return(april_cells, '2008-05-02'), Numbers_InPost=6, Area_CMHT=4,
                       EO1_SelfRating=3, EO1_DateAchieved='2008-04-21', RR2_SelfRating=1)
    outlines = os.path.join(made, 'outlines.xlsx')
    results = os.path.join(made, 'results.xlsx')
    programme = os.path.join(made, 'programme.xlsx')
    return {
        'lo-return-2008-03.xlsx': ('lo', lambda lo, out: lo_fill(lo, march, out, '2008-03', at(march_cells, good))),
        'lo-return-errors.xlsx': ('lo', lambda lo, out: lo_fill(lo, march, out, '2008-03', at(march_cells, errors))),
        'op-return-2008-04.xlsx': ('op', lambda _, out: op_fill(april, out, '2008-04', at(april_cells, april_typed))),
        'op-return-errors.xlsx': ('op', lambda _, out: op_fill(march, out, '2008-03', at(march_cells, errors))),
        'lo-outlines.xlsx': ('lo', lambda lo, out: lo_fill(
            lo, outlines, out, 'KSF - Sam Lee', outline_review(outlines, 'KSF - Sam Lee', lambda _: 'Met'))),
        'op-outlines.xlsx': ('op', lambda _, out: op_fill(
            outlines, out, 'KSF - Asha Khan', outline_review(outlines, 'KSF - Asha Khan', lambda _: 'Met'))),
        'lo-results.xlsx': ('lo', lambda lo, out: lo_fill(lo, results, out, 'Check results',
                                                          results_explanation(results))),
        'op-results.xlsx': ('op', lambda _, out: op_fill(results, out, 'Check results', results_explanation(results))),
        # A programme lead keeps notes for the board on a sheet of their own.
        'lo-programme.xlsx': ('lo', lambda lo, out: lo_fill(lo, programme, out, 'Board notes', BOARD_NOTES)),
        'op-programme.xlsx': ('op', lambda _, out: op_fill(programme, out, 'Board notes', BOARD_NOTES)),
        'lo-staff.xlsx': ('lo', lambda lo, out: lo_table(lo, STAFF_ROWS, out)),
        'op-staff.xlsx': ('op', lambda _, out: op_staff_table(out)),
        # Excel's and LibreOffice's "CSV" on Windows: Windows-1252 (LibreOffice's character set 1), commas.
        'lo-staff-1252.csv': ('lo', lambda lo, out: lo_table(lo, STAFF_ROWS, out, 'Text - txt - csv (StarCalc)',
                                                             '44,34,1,1')),
        'lo-sites-1252.csv': ('lo', lambda lo, out: lo_table(lo, SITES_ROWS, out, 'Text - txt - csv (StarCalc)',
                                                             '44,34,1,1')),
    }


def op_staff_table(out):
    """A staff list as HR builds one in a script: a title row, then the list as an Excel table."""
    import openpyxl
    from openpyxl.worksheet.table import Table

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = 'Staff'
    for row in STAFF_ROWS:
        sheet.append([v if v != '' else None for v in row])
    sheet.add_table(Table(displayName='Staff', ref='A3:D%d' % len(STAFF_ROWS)))
    book.save(out)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    made, out_dir, only = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(out_dir, exist_ok=True)
    jobs = plan(made)
    unknown = [name for name in only if name not in jobs]
    if unknown:
        sys.exit('No corpus file named %s; the files are: %s' % (', '.join(unknown), ', '.join(jobs)))
    chosen = [(name, jobs[name]) for name in (only or jobs)]
    needs_lo = any(program == 'lo' for _, (program, _) in chosen)
    if needs_lo:
        with LibreOffice() as lo:
            for name, (program, make) in chosen:
                if program == 'lo':
                    make(lo, os.path.join(out_dir, name))
    for name, (program, make) in chosen:
        if program == 'op':
            make(None, os.path.join(out_dir, name))
    for name, _ in chosen:
        if not os.path.exists(os.path.join(out_dir, name)):
            sys.exit('%s was not made' % name)
        print('made', os.path.join(out_dir, name))


if __name__ == '__main__':
    main()
