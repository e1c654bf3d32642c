#!/usr/bin/env python3
"""Rebuilds this worked example: the consultancy of seed 000 lived from 11 October to
22 December 2023 with the workbench's own commands, each run with --date.

    cd examples/consultancy-2023 && python3 replay.py

It starts from the Coalition's shipped strategy (../../strategy), turns it back into the
draft of 20 November (three defects the members' comments then find), and replays the
schedule, the planning session, v1, the members' comment forms, the decisions, v2, v3, the
contract journal with both payments, and the rendered exports. Everything it writes is an
illustration: the journal, the comments and the Portal figures are invented for the example.
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
WS = os.path.join(HERE, "strategy")


def strategy_binary():
    out = subprocess.run(["swift", "build", "--package-path", ROOT, "--show-bin-path"],
                         check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(out, "strategy")


BIN = os.environ.get("STRATEGY") or strategy_binary()


def run(*args, ok=True):
    print("$ strategy " + " ".join(args))
    result = subprocess.run([BIN, *args], cwd=HERE, capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if ok and result.returncode != 0:
        sys.exit(f"replay: 'strategy {' '.join(args)}' failed with {result.returncode}")
    return result


def edit(path, old, new, count=1):
    path = os.path.join(WS, path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.count(old) != count:
        sys.exit(f"replay: {path}: expected {count} of {old[:60]!r}, found {text.count(old)}")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text.replace(old, new))


def edition(version, date, ru, en, stage, since=None):
    path = os.path.join(WS, "strategy.json")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start = text.index('  "edition": {')
    end = text.index("  },", start) + len("  },")
    lines = [f'    "version": "{version}",', f'    "date": "{date}",',
             f'    "status": {{"ru": "{ru}", "en": "{en}"}},', f'    "stage": "{stage}"']
    if since:
        lines[-1] += ","
        lines.append(f'    "changesSince": "{since}"')
    block = '  "edition": {\n' + "\n".join(lines) + "\n  },"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:start] + block + text[end:])


def drop_csv_rows(path, keep):
    path = os.path.join(WS, path)
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(line for line in lines if keep(line)))


# ---- The workspace as it stood: the shipped strategy, made an illustration -----------------
shutil.rmtree(os.path.join(HERE, "strategy"), ignore_errors=True)
shutil.rmtree(os.path.join(HERE, "exports"), ignore_errors=True)
shutil.rmtree(os.path.join(HERE, "forms"), ignore_errors=True)
shutil.copytree(os.path.join(ROOT, "strategy"), WS,
                ignore=shutil.ignore_patterns("versions", "comments", "contract", "portal", ".lock"))
edit("strategy.json", '  "languages": ["ru", "en"],',
     '  "languages": ["ru", "en"],\n  "illustration": {\n'
     '    "ru": "ИЛЛЮСТРАЦИЯ. Это учебный пример: консультация 2023 года, прожитая в рабочей среде. Журнал договора, замечания членов Коалиции, решения по ним и данные Портала придуманы для примера и не являются документами Коалиции.",\n'
     '    "en": "ILLUSTRATION. This is a worked example: the 2023 consultancy lived through in the workbench. The contract journal, the members\' comments, the decisions on them and the Portal figures are invented for the example and are not the Coalition\'s records."\n  },')

# The act's particulars: the seed gives none, so the shipped contract leaves them blank; the
# example fills them with values that say on their face that they are invented.
def text(ru, en):
    return {"ru": ru, "en": en}


with open(os.path.join(WS, "contract.json"), encoding="utf-8") as f:
    contract = json.load(f)
contract["number"] = "ПРИМЕР-2023/01"
contract["signed"] = "2023-10-10"
contract["parties"]["customer"]["signatory"] = text("И. И. Иванов (пример)", "I. Ivanov (example)")
contract["parties"]["customer"]["inn"] = "00000000000000"
contract["parties"]["consultant"] = {
    "name": text("Консультант (пример)", "Consultant (example)"),
    "identification": text("паспорт ID0000000 (пример)", "passport ID0000000 (example)"),
    "inn": "00000000000000",
    "address": text("г. Бишкек (пример)", "Bishkek (example)"),
    "bank": text("Банк (пример)", "Bank (example)"),
    "account": "0000000000000000",
    "bic": "000000",
}
contract["tax"] = {
    "basis": "gross",
    "withheld": [{"name": text("подоходный налог", "income tax"), "rate": "10"}],
    "vat": "exempt",
}
with open(os.path.join(WS, "contract.json"), "w", encoding="utf-8", newline="") as f:
    f.write(json.dumps(contract, ensure_ascii=False, indent=2) + "\n")

# The draft of 20 November: three defects the members' comments will find.
edit("prose/ru/situation.md",
     "Закон Кыргызской Республики от 20 октября 2021 года № 123 «О местной государственной администрации и органах местного самоуправления» [@ref.law-123] заново определил",
     "принятый в 2021 году новый Закон «О местном самоуправлении» [@ref.law-123] заново определил")
edit("prose/en/situation.md",
     "Law of the Kyrgyz Republic No. 123 of 20 October 2021 “On Local State Administration and Local Self-Government Bodies” [@ref.law-123] redefined",
     "the new Law “On Local Self-Government” adopted in 2021 [@ref.law-123] redefined")
edit("sources.json",
     "Закон Кыргызской Республики от 20 октября 2021 года № 123 «О местной государственной администрации и органах местного самоуправления».",
     "Закон Кыргызской Республики «О местном самоуправлении» (2021).")
edit("sources.json",
     "Law of the Kyrgyz Republic No. 123 of 20 October 2021 “On Local State Administration and Local Self-Government Bodies”.",
     "Law of the Kyrgyz Republic “On Local Self-Government” (2021).")
with open(os.path.join(WS, "themes.json"), encoding="utf-8") as f:
    themes = json.load(f)
ask = themes["themes"][0]["ask"]
ru_mof = " Министерству финансов – рассчитывать стоимость каждого делегируемого государственного полномочия и предусматривать ее в проекте республиканского бюджета на следующий год (III квартал, при формировании бюджета)."
en_mof = " The Ministry of Finance: cost every state power delegated to LSG bodies and provide for it in the draft republican budget for the following year (third quarter, when the budget is prepared)."
edit("themes.json", ru_mof, "")
edit("themes.json", en_mof, "")
drop_csv_rows("actions.csv", lambda line: not line.startswith("A-49,"))
drop_csv_rows("costs.csv", lambda line: ",A-49," not in line)
edit("risks.json", '"ru": "Действие A-49: ежеквартальный обзор решений по административно-территориальной реформе, позиция Коалиции в течение 10 (в срочных случаях – 3) рабочих дней, консультации с органами МСУ затрагиваемых территорий и памятка о переходных вопросах; резерв',
     '"ru": "Резерв')
edit("risks.json", '"en": "Action A-49: a quarterly review of administrative-territorial reform decisions, the Coalition’s position within 10 (when urgent, 3) working days, consultations with LSG bodies of the territories concerned and a guide on transition matters; a reserve',
     '"en": "A reserve')
for lang in ("ru", "en"):
    edit(f"prose/{lang}/approach.md", "A-05, A-09, A-10, A-49 |", "A-05, A-09, A-10 |")
    path = os.path.join(WS, f"prose/{lang}/approach.md")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(line for line in lines if not line.endswith("| A-49 |")))
for cost, year in (("C-082", "2024"), ("C-083", "2025"), ("C-084", "2026")):
    path = os.path.join(WS, "costs.csv")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    quantity = "48" if year == "2026" else "36"
    marker = f"{cost},A-35,"
    start = text.index(marker)
    end = text.index("\n", start)
    row = text[start:end].replace(f",материал,item,{quantity},", ",материал,item,24,")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:start] + row + text[end:])
edition("v1", "2023-11-20", "Проект", "Draft", "draft")

# ---- October: the schedule and the planning session (the initial 30 %) -----------------------
run("contract", "worklog", "--task", "T1", "--date", "2023-10-12", "--days", "1",
    "--note", "Изучены Программа Коалиции и План на 2024 год")
run("contract", "worklog", "--task", "T2", "--date", "2023-10-16", "--days", "1",
    "--note", "Встречи с ИПР, Союзом МСУ и АМУЦА: ожидания, формат и сроки")
run("contract", "worklog", "--task", "T2", "--date", "2023-10-18", "--days", "1",
    "--note", "Подготовлен детальный график оказания услуг")
run("render", "--doc", "schedule", "--date", "2023-10-19")
run("contract", "submit", "D1", "--date", "2023-10-19", "--file", "exports/ru/schedule.docx")
run("contract", "accept", "D1", "--date", "2023-10-20")
run("contract", "worklog", "--task", "T3", "--date", "2023-10-23", "--days", "1",
    "--note", "Программа и список участников планировочной сессии")
run("render", "--doc", "programme", "--date", "2023-10-24")
run("contract", "submit", "D2", "--date", "2023-10-24", "--file", "exports/ru/programme.docx")
run("contract", "accept", "D2", "--date", "2023-10-25")
run("contract", "pay", "T1", "--date", "2023-10-30")
run("contract", "worklog", "--task", "T4", "--date", "2023-10-26", "--days", "1",
    "--note", "Подготовка групповой работы сессии")
run("contract", "worklog", "--task", "T4", "--date", "2023-10-27", "--days", "1",
    "--note", "Фасилитация планировочной сессии")
run("contract", "worklog", "--task", "T5", "--date", "2023-10-31", "--days", "1",
    "--note", "Промежуточный операционный отчет и акт за октябрь")

# ---- November: the full draft v1 and the members' comments ---------------------------------
for date, note in (("2023-11-02", "Ситуационный анализ и специфика членов Коалиции"),
                   ("2023-11-07", "Цели, задачи и целевые аудитории"),
                   ("2023-11-10", "Каналы, инструменты и темы адвокации"),
                   ("2023-11-14", "Матрица действий и оценка стоимости"),
                   ("2023-11-17", "Мониторинг, риски, редактура")):
    run("contract", "worklog", "--task", "T6", "--date", date, "--days", "2", "--note", note)
run("check", "--strict")
run("version", "cut", "v1", "--note", "Полный проект Стратегии для членов Коалиции", "--date", "2023-11-20")
run("contract", "submit", "D3", "--date", "2023-11-20", "--version", "v1")
run("contract", "accept", "D3", "--date", "2023-11-22")

os.makedirs(os.path.join(HERE, "forms"), exist_ok=True)
COMMENTS = {
    "ipr": ("cp1251", [
        ("R-01", "", "по существу",
         "Риск административно-территориальной реформы оценен как высокий и по вероятности, и по влиянию, но в Матрице нет ни одного действия в ответ на него.",
         "Добавить действие: мониторинг реформы, позиция Коалиции в сжатые сроки, консультации с органами МСУ затрагиваемых территорий."),
        ("sec.situation", "2", "по существу",
         "Закон от 20 октября 2021 года № 123 называется «О местной государственной администрации и органах местного самоуправления», а не «О местном самоуправлении».",
         "Привести точное название и реквизиты закона в тексте и в списке источников."),
    ]),
    "smsu": ("utf8", [
        ("th.local-services", "", "по существу",
         "В просьбе о принципе «делегирование – только с финансированием» не назван Минфин, хотя решение о финансировании делегированных полномочий принимает именно он.",
         "Добавить Министерство финансов и момент подготовки проекта республиканского бюджета."),
        ("A-15", "", "общее", "Национальный форум МСУ лучше проводить ежегодно, а не раз в два года.", ""),
    ]),
    "amuca": ("utf8", [
        ("C-082", "", "по существу",
         "24 примера лучшей практики в год не дают трех примеров в месяц, заложенных в индикатор на 2024 год.",
         "36 примеров в 2024 и 2025 годах, 48 – в 2026 году."),
        ("A-23", "", "общее", "Предусмотреть группу Школы муниципальной журналистики в Караколе.", ""),
    ]),
}
for member, (encoding, rows) in COMMENTS.items():
    form = f"forms/{member}-v1.csv"
    run("comments", "template", "--version", "v1", "--member", member, "--encoding", encoding, "--out", form)
    codec = "cp1251" if encoding == "cp1251" else "utf-8-sig"
    separator = ";" if encoding == "cp1251" else ","
    with open(os.path.join(HERE, form), encoding=codec, newline="") as f:
        table = list(csv.reader(f, delimiter=separator))
    by_target = {row[2]: row for row in table[1:]}
    for target, paragraph, kind, comment, proposal in rows:
        by_target[target][4:8] = [paragraph, kind, comment, proposal]
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(table)
    with open(os.path.join(HERE, form), "w", encoding=codec, newline="") as f:
        f.write(out.getvalue())
run("comments", "import", "forms/ipr-v1.csv", "--date", "2023-11-27")
run("comments", "import", "forms/smsu-v1.csv", "forms/amuca-v1.csv", "--date", "2023-11-28")
run("contract", "worklog", "--task", "T7", "--date", "2023-11-29", "--days", "2",
    "--note", "Разобраны замечания ИПР, Союза МСУ и АМУЦА")

# ---- December: the revised draft v2 ------------------------------------------------------------
shutil.copy(os.path.join(ROOT, "strategy", "prose", "ru", "situation.md"), os.path.join(WS, "prose/ru/situation.md"))
shutil.copy(os.path.join(ROOT, "strategy", "prose", "en", "situation.md"), os.path.join(WS, "prose/en/situation.md"))
for name in ("themes.json", "actions.csv", "costs.csv", "risks.json", "sources.json", "prose/ru/approach.md", "prose/en/approach.md"):
    shutil.copy(os.path.join(ROOT, "strategy", name), os.path.join(WS, name))
DECISIONS = [
    (("ipr", "R-01"), "accepted", "2023-12-01", "Добавлено действие A-49 с бюджетом на 2024–2026 годы; мера указана в описании риска R-01.",
     "Action A-49 added with a budget for 2024–2026; the risk R-01 now names it."),
    (("ipr", "sec.situation"), "accepted", "2023-12-01", "Название и реквизиты закона исправлены в разделе 3 и в списке источников.",
     "The law’s title and number are corrected in section 3 and in the list of sources."),
    (("smsu", "th.local-services"), "accepted", "2023-12-01", "Министерство финансов и III квартал бюджетного цикла добавлены в просьбу темы «Местные услуги» и в календарь адресатов.",
     "The Ministry of Finance and the third quarter of the budget cycle are added to the ask of the theme “Local services” and to the addressees’ calendar."),
    (("smsu", "A-15"), "rejected", "2023-12-04", "Ежегодный форум удвоил бы его стоимость (около 1,85 млн сомов за форум); в годы без форума проводятся тематические круглые столы высокого уровня (A-16).",
     "An annual forum would double its cost (about 1.85 million soms per forum); in the years without a forum, high-level thematic round tables are held (A-16)."),
    (("amuca", "C-082"), "accepted", "2023-12-01", "Количество приведено к целям индикатора: 36, 36 и 48 примеров в год.",
     "Quantities now match the indicator’s targets: 36, 36 and 48 examples a year."),
    (("amuca", "A-23"), "noted", "2023-12-04", "В 2024 году группы – в Бишкеке и Оше; Каракол рассматривается при ежегодном обзоре 2024 года по итогам набора.",
     "In 2024 the groups are in Bishkek and Osh; Karakol is considered at the 2024 annual review in the light of enrolment."),
]
# The ids were given on import, numbered per member in the form's (document) order.
with open(os.path.join(WS, "comments/comments.csv"), encoding="utf-8-sig", newline="") as f:
    ids = {(row["member"], row["target"]): row["id"] for row in csv.DictReader(f)}
for key, decision, date, ru, en in DECISIONS:
    comment = ids[key]
    run("comments", "resolve", comment, "--decision", decision, "--date", date, "--lang", "ru", "--response", ru)
    run("comments", "resolve", comment, "--decision", decision, "--date", date, "--lang", "en", "--response", en)
run("contract", "worklog", "--task", "T7", "--date", "2023-12-04", "--days", "2",
    "--note", "Проект доработан по замечаниям членов Коалиции")
edition("v2", "2023-12-05", "Доработанный проект", "Revised draft", "revised", since="v1")
run("check", "--strict")
run("version", "cut", "v2", "--note", "Доработанный проект с учетом замечаний членов Коалиции", "--date", "2023-12-05")
run("contract", "submit", "D4", "--date", "2023-12-05", "--version", "v2")
run("comments", "matrix", "--version", "v1", "--format", "md,html,docx")
run("contract", "accept", "D4", "--date", "2023-12-08")

# ---- The final versions v3, the report and the act, the final 70 % ----------------------------
run("contract", "worklog", "--task", "T7", "--date", "2023-12-13", "--days", "2",
    "--note", "Окончательные русская и английская версии")
edition("v3", "2023-12-22", "Окончательная редакция", "Final edition", "final", since="v1")
run("check", "--strict")
run("version", "cut", "v3", "--note", "Окончательная редакция на русском и английском языках", "--date", "2023-12-15")
run("contract", "submit", "D6", "--date", "2023-12-15", "--version", "v3")
run("contract", "accept", "D6", "--date", "2023-12-18", "--by", "chair")
run("contract", "worklog", "--task", "T7", "--date", "2023-12-18", "--days", "2",
    "--note", "Сверка переводов и приложений")
run("contract", "worklog", "--task", "T8", "--date", "2023-12-19", "--days", "1",
    "--note", "Итоговый операционный отчет и акт оказанных услуг")
run("render", "--doc", "report", "--date", "2023-12-19")
run("contract", "submit", "D5", "--date", "2023-12-19", "--file", "exports/ru/report-2.docx")
run("contract", "accept", "D5", "--date", "2023-12-20", "--by", "chair")
run("contract", "pay", "T2", "--date", "2023-12-22")

# ---- The Portal's example figures, so the M&E section shows the report at work --------------
run("portal", "import", "--date", "2023-12-22", os.path.join(
    ROOT, "Tests/StrategyKitTests/Fixtures/portal-example/portal/portal-export-2022-EXAMPLE-not-real-figures.csv"))

run("render")
run("check", "--strict")
run("render", "--check")
run("contract", "status", "--lang", "en", "--date", "2023-12-22")
