#!/usr/bin/env bash
# Opens the workbooks the workbench writes in LibreOffice Calc, made to recalculate every
# formula on loading, converts them to CSV, and checks that the totals Calc computes equal
# those of `strategy budget`:
#   - budget.xlsx for every --by grouping and both languages: each row and the total;
#   - exports/<lang>/plan.xlsx: the action plan's cost by year and total, the cost
#     estimate's total.
# Also converts each workbook to PDF (a workbook Calc had to repair would fail here).
#
#   scripts/check-xlsx-totals.sh        (after `swift build`; STRATEGY=path overrides the binary)
#
# Exits non-zero on any difference, naming the workbook and the total.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
strategy=${STRATEGY:-$root/.build/debug/strategy}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of its own that recalculates OOXML files on load ("Always recalculate"), so that the
# CSV shows what the formulas compute, not the values the workbench stored.
mkdir -p "$work/profile/user"
cat >"$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
calc() {
    soffice "-env:UserInstallation=file://$work/profile" --headless "$@" >/dev/null 2>&1
}
cd "$root"
mkdir -p "$work/xlsx" "$work/csv" "$work/pdf"
for lang in ru en; do
    for by in year member area channel source action; do
        "$strategy" budget --by "$by" --lang "$lang" --format xlsx --out "$work/xlsx/budget-$by-$lang.xlsx" >/dev/null
        "$strategy" budget --by "$by" --lang "$lang" --format csv >"$work/budget-$by-$lang.csv"
    done
    cp "exports/$lang/plan.xlsx" "$work/xlsx/plan-$lang.xlsx"
done
"$strategy" budget --by year --format csv >"$work/budget-year.csv"
# Every sheet to its own CSV (UTF-8, ',', values not as shown), and each workbook to PDF.
calc --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/csv" "$work"/xlsx/*.xlsx
calc --convert-to pdf --outdir "$work/pdf" "$work"/xlsx/*.xlsx
for file in "$work"/xlsx/*.xlsx; do
    name=$(basename "$file" .xlsx)
    [ -s "$work/pdf/$name.pdf" ] || { echo "FAIL $name: LibreOffice made no PDF" >&2; exit 1; }
done
/usr/bin/python3 - "$work" <<'PY'
import csv, glob, os, sys
from decimal import Decimal
work = sys.argv[1]
def rows(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.reader(f))
def number(text):
    return Decimal(text.replace(' ', '').replace('\u00a0', '')) if text else Decimal(0)
failures, checked = [], 0
def same(what, calc, expected):
    global checked
    checked += 1
    if number(calc) != number(expected):
        failures.append(f'{what}: LibreOffice computes {calc}, strategy budget says {expected}')
for lang in ('ru', 'en'):
    for by in ('year', 'member', 'area', 'channel', 'source', 'action'):
        expected = rows(os.path.join(work, f'budget-{by}-{lang}.csv'))[1:]
        sheets = glob.glob(os.path.join(work, 'csv', f'budget-{by}-{lang}-*.csv'))
        got = rows(sheets[0])[1:len(expected) + 1]
        for mine, theirs in zip(got, expected):
            same(f'budget-{by}-{lang}.xlsx {theirs[0] or theirs[1]}', mine[2], theirs[3])
    years = {row[0]: row[3] for row in rows(os.path.join(work, f'budget-year-{lang}.csv'))[1:]}
    total = rows(os.path.join(work, f'budget-year-{lang}.csv'))[-1][3]
    plan = sorted(glob.glob(os.path.join(work, 'csv', f'plan-{lang}-*.csv')))
    for path in plan:
        table = rows(path)
        header, last = table[0], table[-1]
        if any('Cost 20' in h or 'Расходы 20' in h for h in header):
            for index, name in enumerate(header):
                for year in years:
                    if year.isdigit() and f' {year},' in name:
                        same(f'plan-{lang}.xlsx actions, {year}', last[index], years[year])
            same(f'plan-{lang}.xlsx actions, total', last[-1], total)
        elif header[-1].startswith(('Amount, ', 'Сумма, ')):
            same(f'plan-{lang}.xlsx cost estimate, total', last[-1], total)
for failure in failures:
    print('FAIL ' + failure, file=sys.stderr)
if failures:
    sys.exit(1)
print(f'ok: {checked} totals recalculated by LibreOffice equal strategy budget')
PY
