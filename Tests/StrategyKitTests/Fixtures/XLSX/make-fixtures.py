"""Fills the Excel comment forms of the mini workspace with openpyxl, as a member would, and
re-saves one with LibreOffice: the workbooks the XLSX import tests read (files written by
other programs than the workbench).

Run from the repository root, after `swift build`:
    /work/venv/bin/python Tests/StrategyKitTests/Fixtures/XLSX/make-fixtures.py
It cuts version v1 of Tests/StrategyKitTests/Fixtures/mini in a temporary copy, writes the
forms with `strategy comments template --format xlsx` (ru and en), fills them with openpyxl
3.1 and converts the Russian one with `soffice --convert-to 'xlsx:Calc MS Excel 2007 XML'`.
"""
import datetime, os, shutil, subprocess, sys, tempfile
import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, '..', '..', '..', '..'))
strategy = os.path.join(root, '.build', 'debug', 'strategy')
work = tempfile.mkdtemp()
shutil.copytree(os.path.join(root, 'Tests/StrategyKitTests/Fixtures/mini'), os.path.join(work, 'strategy'))
def run(*args):
    subprocess.run([strategy, *args], cwd=work, check=True, stdout=subprocess.DEVNULL)
run('version', 'cut', 'v1', '--note', 'Draft', '--date', '2023-11-20')
for lang in ('ru', 'en'):
    run('comments', 'template', '--version', 'v1', '--member', 'ipr', '--format', 'xlsx',
        '--lang', lang, '--out', os.path.join(work, f'form-{lang}.xlsx'))

def fill(lang):
    wb = openpyxl.load_workbook(os.path.join(work, f'form-{lang}.xlsx'))
    ws = wb.worksheets[0]
    types = {'ru': ['по существу', 'редакционное', 'общее'],
             'en': ['substantive', 'editorial', 'general']}[lang]
    # Row 3: a number, a rich-text comment (a bold run) and a proposal on two lines.
    ws.cell(3, 5).value = 2
    ws.cell(3, 6).value = types[0]
    ws.cell(3, 7).value = CellRichText(['Добавить ', TextBlock(InlineFont(b=True), 'данные'),
                                        ' о бюджетах МСУ & <тег>'])
    ws.cell(3, 8).value = 'Новый абзац:\n«Бюджеты МСУ…»'
    # Row 5: text that a spreadsheet would take for a formula if it were not quoted.
    ws.cell(5, 5).value = '2–4'
    ws.cell(5, 6).value = types[1]
    ws.cell(5, 7).value = '@all: уточнить'
    # Row 7: a date typed into the paragraph column (stored as a serial number).
    ws.cell(7, 5).value = datetime.date(2023, 11, 27)
    ws.cell(7, 6).value = types[2]
    ws.cell(7, 7).value = 'General remark'
    if lang == 'en':
        # What a member may do to the layout: an empty row, the last two columns swapped, an
        # extra sheet in front.
        ws.insert_rows(4)
        for row in ws.iter_rows(min_row=1, min_col=7, max_col=8):
            row[0].value, row[1].value = row[1].value, row[0].value
        wb.create_sheet('Notes', 0).cell(1, 1).value = 'my notes'
    out = os.path.join(here, f'comments-{lang}-openpyxl.xlsx')
    wb.save(out)
    return out

for lang in ('ru', 'en'):
    fill(lang)
profile = 'file://' + os.path.join(work, 'lo-profile')
subprocess.run(['soffice', f'-env:UserInstallation={profile}', '--headless', '--convert-to',
                'xlsx:Calc MS Excel 2007 XML', '--outdir', work,
                os.path.join(here, 'comments-ru-openpyxl.xlsx')], check=True, stdout=subprocess.DEVNULL)
shutil.copy(os.path.join(work, 'comments-ru-openpyxl.xlsx'), os.path.join(here, 'comments-ru-libreoffice.xlsx'))
shutil.rmtree(work)
