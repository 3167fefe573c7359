#!/usr/bin/env bash
# Makes test/corpus/real/: workbooks the toolkit wrote, then filled in and saved by LibreOffice (typed through
# its UNO API) and by openpyxl, as sites and HR save them. Needs the built command line (npm ci builds it),
# soffice, python3-uno and python3-openpyxl (Debian's, run with /usr/bin/python3).
#
#   scripts/make-real-corpus.sh [OUT_DIR [FILE ...]]   default OUT_DIR: test/corpus/real; FILE: make only these
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/test/corpus/real}"
shift || true
made="$(mktemp -d)"
trap 'rm -rf "$made"' EXIT
toolkit() { node "$root/bin/str-toolkit.js" "$@" >/dev/null; }
fill() { /usr/bin/python3 "$root/scripts/make-real-corpus.py" "$made" "$@"; }

# What the toolkit makes: one site's March and April forms, and outlines for two workers.
toolkit monthly-report --site Leeds --lead "Jo Bloggs" --month 2008-03 -o "$made/return-2008-03.xlsx"
toolkit monthly-report --site Leeds --lead "Jo Bloggs" --month 2008-04 -o "$made/return-2008-04.xlsx"
printf 'Name,Grade,Setting,Team\r\nSam Lee,Intermediate,older-people,North\r\nAsha Khan,Senior,crisis,South\r\n' \
  >"$made/staff.csv"
toolkit ksf-outline --staff "$made/staff.csv" -o "$made/outlines.xlsx"

# A results workbook and a programme workbook need filled returns first (openpyxl's, which need no LibreOffice).
fill "$made/filled" op-return-errors.xlsx op-return-2008-04.xlsx >/dev/null
toolkit check "$made/filled/op-return-errors.xlsx" --out "$made/results.xlsx" || [ $? -eq 1 ]
toolkit consolidate "$made/filled/op-return-2008-04.xlsx" -o "$made/programme.xlsx"

fill "$out" "$@"
