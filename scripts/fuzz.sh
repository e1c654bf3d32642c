#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of scripts/fuzz/ (one per parser, and one for the DOCX
# writer's DEFLATE compressor), one after another.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS is the time per target (default 60; 0 only builds the targets and their seeds);
# TARGETs default to all of FuzzJSON FuzzCSV FuzzProse FuzzTemplate FuzzValues FuzzComments FuzzDeflate
# FuzzJournal FuzzPortal FuzzZIP FuzzXML FuzzXLSX FuzzDOCXComments FuzzXLIFF.
# Exits non-zero when any target crashes, fails one of its checks, leaks, times out (one input
# over 10 s) or runs out of memory (2 GiB), naming the target and the saved input.
# Everything it writes goes under scripts/fuzz/.build/ (git-ignored):
#   seeds/TARGET/     the seed corpus, rebuilt from strategy/ and templates/ on every run
#   corpus/TARGET/    what libFuzzer found interesting, kept between runs
#   artifacts/TARGET/ crash-*, leak-*, timeout-*, oom-* inputs
#   logs/TARGET.log   libFuzzer's output
# Replay one input:  SWIFT_BACKTRACE=enable=no scripts/fuzz/.build/debug/TARGET FILE
# Targets are built with -O and debug checks; FUZZ_OPTIMIZE=0 builds them -Onone instead.
# FUZZ_ASAN=0 builds them with libFuzzer's coverage only, without AddressSanitizer (and so
# without LeakSanitizer), in .build/noasan/: two to three times the executions, for long runs.
# Swift code is memory-safe but for its unsafe-pointer code (the CSV and JSON readers, the
# compressor), which the standard library's debug checks still bound-check; ASan stays the
# default.
# FUZZ_RUNS=N stops each target after N executions (its seed corpus included) instead of after
# SECONDS, which then only caps the time (0: no cap); for example
# FUZZ_RUNS=1000000 scripts/fuzz.sh 0 FuzzJSON.
# Inputs are at most 2 KiB (512 bytes for values, 8 KiB for DEFLATE and ZIP; seeds are cut there). Extra
# libFuzzer flags, which override the script's, go in FUZZ_FLAGS (for example
# FUZZ_FLAGS="-max_len=8192 -seed=1").
set -euo pipefail

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'
}

all_targets=(FuzzJSON FuzzCSV FuzzProse FuzzTemplate FuzzValues FuzzDeflate FuzzComments FuzzJournal FuzzPortal
    FuzzZIP FuzzXML FuzzXLSX FuzzDOCXComments FuzzXLIFF)
seconds=60
if [ $# -gt 0 ]; then
    case "$1" in
        -h|--help) usage; exit 0 ;;
        *[!0-9]*|'') echo "fuzz.sh: SECONDS must be a whole number, not '$1'" >&2; usage >&2; exit 64 ;;
        *) seconds=$1; shift ;;
    esac
fi
max_runs=${FUZZ_RUNS:-}
case "$max_runs" in
    '') ;;
    *[!0-9]*) echo "fuzz.sh: FUZZ_RUNS must be a whole number, not '$max_runs'" >&2; exit 64 ;;
esac
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    case " ${all_targets[*]} " in
        *" $target "*) ;;
        *) echo "fuzz.sh: unknown target '$target' (one of: ${all_targets[*]})" >&2; exit 64 ;;
    esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
package="$root/scripts/fuzz"
scratch="$package/.build"

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="$PATH:/opt/swift/usr/bin"
fi
command -v swift >/dev/null 2>&1 || { echo "fuzz.sh: swift is not installed" >&2; exit 1; }

# Crashes are misreported and replays hang with Swift's own backtracer (LINUX-NOTES.md).
export SWIFT_BACKTRACE=enable=no
# Swift allocates a lot and ASan's bookkeeping of every allocation dominated the run time: no
# allocation stacks (replay a saved input without this to see them) and a smaller quarantine
# give ~15% more executions and a fifth of the memory. Set ASAN_OPTIONS to override.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0:quarantine_size_mb=16}

mkdir -p "$scratch/logs"

# --- build ------------------------------------------------------------------------------------
# The build line of LINUX-NOTES.md ("Fuzzing"), plus two fixes:
# - SwiftPM passes its sanitizers to swiftc as separate -sanitize= options in an order that
#   changes from run to run, and the driver keeps only the last one: each compile got either ASan
#   or fuzzer coverage, never both (a binary without coverage "fuzzes nothing"). A combined
#   option at the end always wins.
# - -O with -assert-config Debug: about four times the executions of -Onone, and the standard
#   library's debug checks (UnsafeBufferPointer bounds, which the JSON and CSV readers rely on)
#   stay on; overflow and array bounds are checked in either mode. FUZZ_OPTIMIZE=0 builds -Onone.
if [ "${FUZZ_ASAN:-1}" != 0 ]; then
    build_flags=(-c debug --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address
        --package-path "$package" --scratch-path "$scratch")
else
    # Its own build folder: switching the sanitizers in one folder rebuilds everything.
    build_flags=(-c debug --sanitize=fuzzer -Xswiftc -sanitize=fuzzer
        --package-path "$package" --scratch-path "$scratch/noasan")
fi
if [ "${FUZZ_OPTIMIZE:-1}" != 0 ]; then
    build_flags+=(-Xswiftc -O -Xswiftc -assert-config -Xswiftc Debug)
fi
for target in "${targets[@]}"; do
    echo "== build $target"
    log="$scratch/logs/build-$target.log"
    if ! swift build "${build_flags[@]}" --product "$target" >"$log" 2>&1; then
        grep -v 'ld.gold: warning' "$log" >&2 || true
        echo "fuzz.sh: building $target failed (full log: $log)" >&2
        exit 1
    fi
done
bin=$(swift build "${build_flags[@]}" --show-bin-path)

# --- seeds --------------------------------------------------------------------------------------
# seed DIR: writes standard input to DIR, named after its SHA-1 as libFuzzer names its corpus.
seed() {
    local tmp
    tmp=$(mktemp "$1/.seed.XXXXXX")
    cat >"$tmp"
    mv -f "$tmp" "$1/$(sha1sum "$tmp" | cut -c1-40)"
}

# Pieces of CSV files: the header with a few rows, in several encodings and separators.
csv_seeds() {
    local dir=$1 file chunk
    for file in "$root"/strategy/*.csv; do
        seed "$dir" <"$file"
        for start in 2 5 9 14; do
            chunk=$(sed -n "1p;${start},$((start + 2))p" "$file")
            printf '%s\n' "$chunk" | seed "$dir"
            printf '%s\r\n' "$chunk" | seed "$dir"
            { printf '\357\273\277'; printf '%s\n' "$chunk"; } | seed "$dir"
            printf '%s\n' "$chunk" | tr ',' ';' | seed "$dir"
            printf '%s\n' "$chunk" | iconv -c -f UTF-8 -t CP1251 | seed "$dir"
            printf '%s\n' "$chunk" | iconv -f UTF-8 -t UTF-16 | seed "$dir"
            printf '%s\n' "$chunk" | iconv -f UTF-8 -t UTF-16BE | { printf '\376\377'; cat; } | seed "$dir"
        done
    done
}

# Whole JSON files, and each element of their top-level arrays on its own.
json_seeds() {
    local dir=$1 file
    for file in "$root"/strategy/*.json "$root"/templates/*/labels.json; do
        seed "$dir" <"$file"
        if command -v jq >/dev/null 2>&1; then
            while IFS= read -r element; do
                printf '%s' "$element" | seed "$dir"
            done < <(jq -c '.[]? | arrays | .[]' "$file" 2>/dev/null | head -n 12)
        fi
    done
}

# Whole prose files, and their paragraphs one by one.
prose_seeds() {
    local dir=$1 file
    for file in "$root"/strategy/prose/*/*.md; do
        seed "$dir" <"$file"
        while IFS= read -r -d '' paragraph; do
            printf '%s\n' "$paragraph" | seed "$dir"
        done < <(awk 'BEGIN { RS = ""; ORS = "\0" } NR <= 12 { print }' "$file")
    done
}

# Whole templates, and a few sections of each, alone or followed by NUL and a handful of labels
# (small inputs render fast; whole files would be cut at -max_len anyway).
template_seeds() {
    local dir=$1 folder count=0 section
    local -a labels=()
    for folder in "$root"/templates/*/; do
        seed "$dir" <"$folder/strategy.md"
        if command -v jq >/dev/null 2>&1; then
            mapfile -t labels < <(jq -c 'to_entries | [range(0; length; 8) as $i
                | .[$i:$i + 8] | from_entries] | .[]' "$folder/labels.json")
        else
            labels=("$(cat "$folder/labels.json")")
        fi
        while IFS= read -r -d '' section; do
            printf '%s\n' "$section" | seed "$dir"
            { printf '%s\n\0' "$section"; printf '%s' "${labels[count % ${#labels[@]}]}"; } | seed "$dir"
            count=$((count + 1))
        done < <(awk 'BEGIN { RS = ""; ORS = "\0" } { text = text $0 "\n\n" }
                      NR % 3 == 0 { print text; text = "" } END { if (text != "") print text }' \
                     "$folder/strategy.md")
    done
}

# Dates, months, quarters, amounts, ids and currency codes as the workspace writes them.
value_seeds() {
    local dir=$1 value
    {
        grep -ohE '[0-9]{4}-(Q[1-4]|[0-9]{2}(-[0-9]{2})?)' "$root"/strategy/*.json "$root"/strategy/*.csv
        grep -ohE '"(amount|total|rate|target|baseline)": *"?-?[0-9]+([.,][0-9]+)?' "$root"/strategy/*.json \
            | sed -E 's/.*: *"?//'
        grep -ohE ',[0-9]+([.][0-9]+)?,' "$root"/strategy/costs.csv | tr -d ','
        grep -ohE '"id": *"[^"]*"' "$root"/strategy/*.json | sed -E 's/.*: *"//; s/"$//'
        cut -d, -f1 "$root"/strategy/*.csv
        grep -ohE '"[A-Z]{3}"' "$root"/strategy/*.json | tr -d '"'
    } | sort -u | head -n 400 | while IFS= read -r value; do
        printf '%s' "$value" | seed "$dir"
    done
    printf 'A-2\nA-10\nA-02\naud.x' | seed "$dir"
}

# The DOCX parts of the golden tests and pieces of the exports, as XML and text the compressor
# sees, plus a few bytes that compress badly; cut at 8 KiB like the inputs.
deflate_seeds() {
    local dir=$1 file
    for file in "$root"/Tests/StrategyKitTests/Golden/DOCX/*.xml "$root"/exports/*/strategy.md \
                "$root"/exports/*/strategy.html; do
        [ -f "$file" ] || continue
        head -c 8192 "$file" | seed "$dir"
        tail -c 3000 "$file" | seed "$dir"
    done
    printf '' | seed "$dir"
    printf 'a' | seed "$dir"
    head -c 300 /dev/zero | seed "$dir"
    for n in 1 2 3; do
        LC_ALL=C awk -v n="$n" 'BEGIN { s = n; for (i = 0; i < n * 1500; i++) {
            s = (s * 1103515245 + 12345) % 2147483648; printf "%c", int(s / 65536) % 256 } }' \
            | seed "$dir"
    done
}

# Comment forms as members send them back: the template's header in each language, rows filled
# in, in UTF-8 with and without BOM, Windows-1251 with ';', CRLF; and the comment records.
comments_seeds() {
    local dir=$1 form
    for form in \
        'Версия;Член Коалиции;Раздел или элемент;Название;Абзац;Тип замечания;Замечание;Предлагаемая редакция
v1;ipr;doc;Документ в целом;;;;
v1;ipr;sec.situation;3. Ситуационный анализ;2;по существу;"Добавить; уточнить";"Новый
абзац"
v1;ипр;A-07;Опрос;;редакционное;=1+1;
;;;;;;;' \
        'Version,Member,Section or entity,Title,Paragraph,Type of comment,Comment,Proposed wording
v1,smsu,aud.media,Media,1,editorial,"Say ""regional""",-regional
v1,smsu,G1,Goal,,general,@all,
v1,smsu,R-01,Risk,,substantive,,only a proposal' \
        'comment,type,target,version,member
Short,General,A-01,v1,ipr
,,A-02,v1,ipr' \
        'id,version,member,target,paragraph,type,comment,proposal,source,line,imported
v1-ipr-001,v1,ipr,sec.situation,2,substantive,Нет данных,"Добавить:
«x»",65066cd638ffce11df468c531f209b0b81a00f2a7fc7ee9717932e6777c03aa8,5,2023-11-27
v1-ipr-002,v1,ipr,A-07,,editorial,'"'"'=x,,65066cd638ffce11df468c531f209b0b81a00f2a7fc7ee9717932e6777c03aa8,66,2023-11-27' \
        'id,decision,date,language,response,replaces
v1-ipr-001,rejected,2023-11-28,ru,Нет,
v1-ipr-001,rejected,2023-11-28,en,No,
v1-ipr-001,accepted,2023-12-01,ru,Да,rejected
v1-ipr-002,noted,2023-02-30,ru,"Обрыв'; do
        printf '%s\n' "$form" | seed "$dir"
        printf '%s\n' "$form" | sed 's/$/\r/' | seed "$dir"
        { printf '\357\273\277'; printf '%s\n' "$form"; } | seed "$dir"
        printf '%s\n' "$form" | iconv -c -f UTF-8 -t CP1251 | seed "$dir"
        printf '%s\n' "$form" | tr ',' ';' | seed "$dir"
    done
    for form in "$root"/Tests/StrategyKitTests/Golden/Comments/*.csv; do
        [ -f "$form" ] && head -c 2048 "$form" | seed "$dir"
    done
}

# Contract journals: the header with acts of every kind, a hand-edited line, a torn last line,
# CRLF, a BOM, a rewritten header.
journal_seeds() {
    local dir=$1 journal
    journal='date,act,subject,version,amount,days,who,note,file,sha256
2023-10-12,worklog,T1,,,1,consultant,Read the Programme,,
2023-10-19,submit,D1,,,,consultant,,exports/ru/schedule.docx,5f1c0a
2023-10-20,accept,D1,,,,specialist,,,
2023-10-24,submit,D2,,,,consultant,,,
2023-10-25,return,D2,,,,specialist,"Add the Portal'"'"'s administrators, ALGCA",,
2023-10-25,submit,D2,,,,consultant,,,
2023-10-26,accept,D2,,,,chair,,,
2023-10-30,pay,T1,,30000.00,,specialist,'"'"'=not a formula,,
2023-11-20,submit,D2,v1,,,consultant,,,'
    printf '%s\n' "$journal" | seed "$dir"
    printf '%s' "$journal" | seed "$dir"
    printf '%s\n' "$journal" | sed 's/$/\r/' | seed "$dir"
    { printf '\357\273\277'; printf '%s\n' "$journal"; } | seed "$dir"
    printf '%s\n2023-02-30,acept,D9,,12abc,,boss,,,\n2023-10-21,pay,T1' "$journal" | seed "$dir"
    printf 'date;act;subject\n2023-10-19;submit;D1\n' | seed "$dir"
}

# Portal exports: slices of the shipped example (header kept) as spreadsheets write them, and
# rows that break each rule of the format.
portal_seeds() {
    local dir=$1 file=$root/Tests/StrategyKitTests/Fixtures/portal-example/portal/portal-export-2022-EXAMPLE-not-real-figures.csv chunk start
    [ -f "$file" ] || return 0
    for start in 2 40 120 300; do
        chunk=$(sed -n "1p;${start},$((start + 12))p" "$file")
        printf '%s\n' "$chunk" | seed "$dir"
        printf '%s\n' "$chunk" | tr ';' ',' | sed 's/\r$//' | seed "$dir"
        printf '%s\n' "$chunk" | sed 's/^\xef\xbb\xbf//' | iconv -c -f UTF-8 -t CP1251 | seed "$dir"
        printf '%s\n' "$chunk" | tr ';' '\t' | seed "$dir"
    done
    printf 'date,metric,value,participants,audience,ref,id,example,note
31.01.2022,portal.client-base-study,1,,,,,no,"a note
on two lines"
2022-02-30,portal.audiences-informed,1,,pa.lgs,,,maybe,
2022-03-01,portal.online-events,2,9,,,ev-1,,
2022-03-02,portal.online-events,1,,,,ev-1,,
2022-03-31,portal.national-partners-share,"24,5",,,,,,=1+1
2022-04-20,portal.contests,1,,,spring,,,
2022-04-29,portal.contest-protocols,1,,,spring,,,
2022-04-29,portal.contest-protocols,1,,,,,,
2022-05-01,portal.lsg-bodies-registered,12abc,,,,,,
' | seed "$dir"
}

# Small ZIP archives as Office and Python write them (stored and deflated entries, a comment,
# a data descriptor, a folder entry), and the hostile ones the reader must refuse ('..' names,
# an encrypted flag, a size that lies), made with Python's zipfile.
zip_seeds() {
    local dir=$1
    /usr/bin/python3 - "$dir" <<'PY'
import hashlib, io, os, sys, zipfile, zlib
out = sys.argv[1]
def save(data):
    with open(os.path.join(out, hashlib.sha1(data).hexdigest()), 'wb') as f:
        f.write(data)
def archive(entries, method=zipfile.ZIP_DEFLATED, comment=b''):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', method) as z:
        z.comment = comment
        for name, data in entries:
            z.writestr(name, data)
    return buffer.getvalue()
sheet = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + ''.join(
    f'<row r="{r}"><c r="A{r}" t="s"><v>{r}</v></c><c r="B{r}"><v>{r * 1.5}</v></c></row>' for r in range(1, 40)) + '</sheetData></worksheet>'
parts = [('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
         ('_rels/.rels', '<Relationships/>'), ('xl/worksheets/sheet1.xml', sheet), ('xl/', '')]
save(archive(parts))
save(archive(parts, zipfile.ZIP_STORED))
save(archive(parts[:2], comment=b'a comment'))
save(archive([('../evil.xml', 'x'), ('/abs', 'y'), ('a\\b', 'z')]))
save(archive([('a.xml', 'a' * 5000)]))
save(archive([]))
# A data descriptor (flag bit 3), as streaming writers produce.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as z:
    with z.open('xl/workbook.xml', 'w') as f:
        f.write(b'<workbook><sheets><sheet name="x" r:id="rId1"/></sheets></workbook>')
save(buffer.getvalue())
# Lies: the declared size made small, the encrypted flag set (offsets stay right).
data = bytearray(archive([('a.xml', 'b' * 3000)]))
for offset in (22, data.rfind(b'PK\x01\x02') + 24):
    data[offset:offset + 4] = (10).to_bytes(4, 'little')
save(bytes(data))
data = bytearray(archive([('a.xml', 'secret')]))
for offset in (6, data.rfind(b'PK\x01\x02') + 8):
    data[offset] |= 1
save(bytes(data))
# Raw DEFLATE streams on their own, for the inflater.
for level in (0, 1, 9):
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    save(c.compress(sheet.encode()[:3000]) + c.flush())
PY
}

# OOXML parts as Excel, Word and LibreOffice write them, with namespaces, entities, CDATA,
# comments and declarations, and the constructs the reader must refuse.
xml_seeds() {
    local dir=$1 file
    for file in "$root"/Tests/StrategyKitTests/Golden/DOCX/*.xml; do
        [ -f "$file" ] || continue
        head -c 2048 "$file" | seed "$dir"
    done
    printf '%s' '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>Версия</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Rich </t></r><r><t>text &amp; &#1050;&#x43E;</t></r></si><si><t><![CDATA[<raw>]]></t></si></sst>' | seed "$dir"
    printf '%s' '<x:worksheet xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c r="B1" t="b"><x:v>1</x:v></x:c><x:c r="C1"><x:f>SUM(1,2)</x:f><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>' | seed "$dir"
    printf '%s' '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="ИПР"><w:p><w:r><w:t>Уточнить</w:t></w:r></w:p></w:comment></w:comments>' | seed "$dir"
    printf '%s' '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "&x;&x;">]><a>&x;</a>' | seed "$dir"
    printf '%s' '<a xmlns:p="u"><p:b p:c="1" c="2"/><!-- c --><?pi?>&lt;&nbsp;</a>' | seed "$dir"
    printf '\357\273\277<a>\r\n<b a="x&#9;y"/></a>' | seed "$dir"
}

# Small workbooks as Excel, LibreOffice and openpyxl write them: shared and inline strings,
# rich runs, numbers, booleans, dates, formulas with cached values, a strict-namespace sheet,
# and a shared-string index out of range; made with Python's zipfile.
xlsx_seeds() {
    local dir=$1
    /usr/bin/python3 - "$dir" <<'PY'
import hashlib, io, os, sys, zipfile
out = sys.argv[1]
main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
strict = 'http://purl.oclc.org/ooxml/spreadsheetml/main'
rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
def save(sheet, ns=main, strings='<si><t>Версия</t></si><si><r><t>Тип</t></r><r><t> замечания</t></r></si>',
         method=zipfile.ZIP_DEFLATED, date1904=False):
    parts = {
        '_rels/.rels': f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        'xl/workbook.xml': f'<workbook xmlns="{ns}" xmlns:r="{rel}">' + ('<workbookPr date1904="1"/>' if date1904 else '') + '<sheets><sheet name="Замечания" sheetId="1" r:id="s1"/><sheet name="B" sheetId="2" r:id="s4"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels': f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="s4" Type="{rel}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="s2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="s3" Type="{rel}/styles" Target="styles.xml"/></Relationships>',
        'xl/worksheets/sheet1.xml': f'<worksheet xmlns="{ns}"><dimension ref="A1:C3"/><sheetData>{sheet}</sheetData></worksheet>',
        'xl/worksheets/sheet2.xml': f'<worksheet xmlns="{ns}"><sheetData><row r="2"><c r="B2"><v>1</v></c></row></sheetData></worksheet>',
        'xl/sharedStrings.xml': f'<sst xmlns="{ns}">{strings}</sst>',
        'xl/styles.xml': f'<styleSheet xmlns="{ns}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', method) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    data = buffer.getvalue()
    with open(os.path.join(out, hashlib.sha1(data).hexdigest()), 'wb') as f:
        f.write(data)
rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Замечание</t></is></c></row>'
        '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" s="1"><v>45257</v></c><c r="C3" t="str"><f>A1&amp;"x"</f><v>x</v></c></row>')
save(rows)
save(rows, ns=strict)
save(rows, method=zipfile.ZIP_STORED, date1904=True)
save('<row><c t="s"><v>9</v></c><c><v>1E-3</v></c><c t="e"><v>#N/A</v></c></row>')
save('<row r="1"><c r="XFD1048576" s="2"><v>-1</v></c></row><row r="1"><c r="A1"/></row>')
save(rows, strings='<si><t>_x000D_a</t><rPh><t>x</t></rPh></si>')
PY
}

# Commented Word copies: the committed fixtures (python-docx, LibreOffice) whole, and the parts
# the reader reads (document, comments, replies) joined by NUL as the target cuts them.
docx_comment_seeds() {
    local dir=$1 file
    for file in "$root"/Tests/StrategyKitTests/Fixtures/Word/*.docx; do
        [ -f "$file" ] && seed "$dir" <"$file"
    done
    local w='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    local w14='xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    local w15='xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
    {
        printf '%s' "<w:document $w><w:body><w:p><w:bookmarkStart w:id=\"1\" w:name=\"sec_a\"/><w:r><w:t>Head</w:t></w:r><w:bookmarkEnd w:id=\"1\"/></w:p><w:p><w:bookmarkStart w:id=\"2\" w:name=\"par_1_sec_a\"/><w:commentRangeStart w:id=\"0\"/><w:r><w:t>¶ 1 Text</w:t></w:r><w:del w:id=\"9\" w:author=\"A\" w:date=\"2023-11-25T10:00:00Z\"><w:r><w:delText>old</w:delText></w:r></w:del><w:ins w:id=\"8\" w:author=\"A\"><w:r><w:t>new</w:t></w:r></w:ins><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r><w:bookmarkEnd w:id=\"2\"/><w:bookmarkStart w:id=\"3\" w:name=\"z_sec_a\"/><w:bookmarkEnd w:id=\"3\"/></w:p></w:body></w:document>"
        printf '\0'
        printf '%s' "<w:comments $w $w14><w:comment w:id=\"0\" w:author=\"ИПР\"><w:p w14:paraId=\"01\"><w:r><w:t>editorial: Уточнить</w:t></w:r></w:p></w:comment><w:comment w:id=\"1\" w:author=\"B\"><w:p w14:paraId=\"02\"><w:r><w:t>reply</w:t></w:r></w:p></w:comment></w:comments>"
        printf '\0'
        printf '%s' "<w15:commentsEx $w15><w15:commentEx w15:paraId=\"01\" w15:done=\"1\"/><w15:commentEx w15:paraId=\"02\" w15:paraIdParent=\"01\"/></w15:commentsEx>"
    } | seed "$dir"
}

# XLIFF as `strategy translate export` writes it (2.0 and 1.2, one unit at a time so that each
# fits in an input), as translate-toolkit rewrites it, and files the reader must refuse.
xliff_seeds() {
    local dir=$1 file
    for file in "$root"/Tests/StrategyKitTests/Fixtures/XLIFF/toolkit/*.xlf; do
        [ -f "$file" ] && head -c 2048 "$file" | seed "$dir"
    done
    printf '%s' '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru" trgLang="en"><file id="f1" original="actions.csv"><unit id="A-01.title" name="A-01.title"><notes><note category="source-hash">8d9d374720f9</note></notes><originalData><data id="d1">**</data><data id="d2">](http://x)</data></originalData><segment state="initial" subState="sw:needs-translation"><source xml:space="preserve">Доклад <ph id="1" dataRef="d1"/>о МСУ<ph id="2" dataRef="d1"/> [x<ph id="3" dataRef="d2"/></source><target xml:space="preserve">Report <pc id="1" dataRefStart="d1" dataRefEnd="d1">on</pc><cp hex="0009"/><mrk id="m">LSG</mrk></target></segment><ignorable><source> </source></ignorable></unit></file></xliff>' | seed "$dir"
    printf '%s' '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="ru" target-language="en" datatype="plaintext"><body><group><trans-unit id="7" resname="A-01.title" approved="yes"><source><ph id="1">### </ph>Заголовок <x id="2"/></source><target state="needs-review-translation"><bpt id="1">**</bpt>Title<ept id="1">**</ept> <g id="3">x</g><it id="4" pos="open">&lt;b&gt;</it></target><alt-trans><target>old</target></alt-trans><context-group purpose="location"><context context-type="sourcefile">A-01.title</context></context-group><note>source-hash: 0123456789ab</note></trans-unit></group></body></file></xliff>' | seed "$dir"
    printf '%s' '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1"><file original="a.po" source-language="ru" datatype="po"><body><trans-unit id="3" approved="yes"><source>a</source><target state="translated">b</target><context-group name="po-reference" purpose="location"><context context-type="sourcefile">G1.title</context></context-group></trans-unit></body></file></xliff>' | seed "$dir"
    printf '%s' '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x "&x;&x;">]><xliff>&x;</xliff>' | seed "$dir"
    printf '%s' '<xliff xmlns="urn:example" version="2.0"><file><unit id="a"/><unit id="a"/></file></xliff>' | seed "$dir"
}

for target in "${targets[@]}"; do
    dir="$scratch/seeds/$target"
    rm -rf "$dir"
    mkdir -p "$dir" "$scratch/corpus/$target" "$scratch/artifacts/$target"
    case "$target" in
        FuzzJSON) json_seeds "$dir" ;;
        FuzzCSV) csv_seeds "$dir" ;;
        FuzzProse) prose_seeds "$dir" ;;
        FuzzTemplate) template_seeds "$dir" ;;
        FuzzValues) value_seeds "$dir" ;;
        FuzzComments) comments_seeds "$dir" ;;
        FuzzDeflate) deflate_seeds "$dir" ;;
        FuzzJournal) journal_seeds "$dir" ;;
        FuzzPortal) portal_seeds "$dir" ;;
        FuzzZIP) zip_seeds "$dir" ;;
        FuzzXML) xml_seeds "$dir" ;;
        FuzzXLSX) xlsx_seeds "$dir" ;;
        FuzzDOCXComments) docx_comment_seeds "$dir" ;;
        FuzzXLIFF) xliff_seeds "$dir" ;;
    esac
done

# --- run ------------------------------------------------------------------------------------------
if [ "$seconds" -eq 0 ] && [ -z "$max_runs" ]; then
    echo "fuzz.sh: built ${targets[*]} in $bin; seeds in ${scratch#"$root"/}/seeds"
    exit 0
fi
failed=()
for target in "${targets[@]}"; do
    log="$scratch/logs/$target.log"
    artifacts="$scratch/artifacts/$target"
    # Values are short (a 400-digit number is the longest worth trying); documents are not.
    max_len=2048
    [ "$target" != FuzzValues ] || max_len=512
    [ "$target" != FuzzDeflate ] || max_len=8192
    [ "$target" != FuzzZIP ] || max_len=8192
    [ "$target" != FuzzXLSX ] || max_len=8192
    limits=(-max_total_time="$seconds")
    if [ -n "$max_runs" ]; then
        limits=(-runs="$max_runs")
        [ "$seconds" -eq 0 ] || limits+=(-max_total_time="$seconds")
        echo "== fuzz $target for $max_runs executions (log: ${log#"$root"/})"
    else
        echo "== fuzz $target for ${seconds}s (log: ${log#"$root"/})"
    fi
    status=0
    # New interesting inputs go to corpus/ (the first folder); seeds/ is only read.
    # shellcheck disable=SC2086
    "$bin/$target" "$scratch/corpus/$target" "$scratch/seeds/$target" \
        "${limits[@]}" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 \
        -artifact_prefix="$artifacts/" ${FUZZ_FLAGS:-} >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    problem=$(grep -E -m 1 '^(==[0-9]+== *)?ERROR: |^SUMMARY: |^invariant failed|ALARM: working on the last Unit' "$log" || true)
    saved=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log")
    if ! grep -q '^INFO: Loaded [0-9]* modules' "$log"; then
        # libFuzzer found no coverage counters: it would mutate blindly and prove little.
        problem="the binary has no coverage instrumentation; rebuild it (rm -rf ${scratch#"$root"/})"
        [ "$status" -ne 0 ] || status=1
    fi
    if [ "$status" -ne 0 ] || [ -n "$saved" ] || [ -n "$problem" ]; then
        echo "FAIL $target: exit status $status after ${runs:-?} executions" >&2
        [ -z "$problem" ] || echo "  $problem" >&2
        grep -E 'invariant failed|Fatal error|ERROR:' "$log" | grep -vxF -- "$problem" \
            | head -n 4 | sed 's/^/  /' >&2 || true
        for file in $saved; do echo "  input saved as $file" >&2; done
        echo "  log: $log" >&2
        failed+=("$target")
    else
        echo "ok   $target: ${runs:-?} executions (${speed:-?}/s), no crash, leak or timeout"
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: all ${#targets[@]} target(s) ran clean"
