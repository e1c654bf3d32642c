"""The shipped example Portal export (strategy/portal/portal-export-2022-EXAMPLE-not-real-figures.csv)
saved as an Excel workbook by openpyxl, as an export from Excel would be: dates as date cells,
values and participants as numbers, the rest as text, on a sheet after a cover sheet.

Run from the repository root:
    /work/venv/bin/python Tests/StrategyKitTests/Fixtures/XLSX/make-portal-fixture.py
"""
import csv, datetime, os
import openpyxl

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, '..', '..', '..', '..'))
source = os.path.join(root, 'strategy/portal/portal-export-2022-EXAMPLE-not-real-figures.csv')
with open(source, encoding='utf-8-sig', newline='') as f:
    rows = list(csv.reader(f, delimiter=';'))
wb = openpyxl.Workbook()
wb.active.title = 'Cover'
wb.active['A1'] = 'Portal export (EXAMPLE, not real figures)'
ws = wb.create_sheet('Export')
ws.append(rows[0])
for row in rows[1:]:
    cells = list(row)
    cells[0] = datetime.date.fromisoformat(cells[0])
    for index in (2, 3):
        if cells[index]:
            number = float(cells[index].replace(',', '.'))
            cells[index] = int(number) if number.is_integer() else number
    ws.append(cells)
wb.save(os.path.join(here, 'portal-export-2022-EXAMPLE-openpyxl.xlsx'))
