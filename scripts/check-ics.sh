#!/usr/bin/env bash
# Renders `strategy timeline --format ics` for both plans and every language of a workspace and
# reads each file with python's icalendar package, a second opinion next to the Swift strict
# reader the tests use (Tests/StrategyKitTests/Support/StrictICalendar.swift).
#
#   scripts/check-ics.sh [WORKSPACE]
#
# WORKSPACE defaults to strategy/. The strategy binary is $STRATEGY, else the one
# `swift build --product strategy` builds. Needs `python3 -m pip install icalendar`.
# Prints one line per file (events, recurring events, dates) and exits non-zero when a file
# does not parse, a component has parse errors, an event lacks UID, DTSTAMP or DTSTART, a
# UID repeats, or the two plans give different files. Not part of .ci/run.
set -euo pipefail

cd "$(dirname "$0")/.."
workspace=${1:-strategy}
python=${PYTHON:-python3}
if ! "$python" -c 'import icalendar' 2>/dev/null; then
    echo "check-ics.sh: python icalendar is missing: $python -m pip install icalendar" >&2
    exit 2
fi
if [ -z "${STRATEGY:-}" ]; then
    swift build --product strategy >&2
    STRATEGY="$(swift build --show-bin-path)/strategy"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

languages=$(sed -n 's/.*"languages": *\[\([^]]*\)\].*/\1/p' "$workspace/strategy.json" | tr -d '" ' | tr ',' ' ')
[ -n "$languages" ] || languages="ru en"
files=()
for lang in $languages; do
    for plan in strategy contract; do
        file="$out/$plan.$lang.ics"
        "$STRATEGY" timeline --workspace "$workspace" --plan "$plan" --format ics --lang "$lang" --out "$file" >/dev/null
        files+=("$file")
    done
    if ! cmp -s "$out/strategy.$lang.ics" "$out/contract.$lang.ics"; then
        echo "check-ics.sh: --plan strategy and --plan contract give different ICS for $lang" >&2
        exit 1
    fi
done

"$python" - "${files[@]}" <<'PYTHON'
import sys
import icalendar

failed = False
print(f"icalendar {icalendar.__version__}")
for path in sys.argv[1:]:
    name = path.rsplit("/", 1)[-1]
    try:
        with open(path, "rb") as handle:
            calendar = icalendar.Calendar.from_ical(handle.read())
    except Exception as error:  # the parser's own complaint, whatever its type
        print(f"{name}: does not parse: {error}")
        failed = True
        continue
    problems = []
    for component in calendar.walk():
        for prop, error in getattr(component, "errors", []):
            problems.append(f"{component.name} {prop}: {error}")
    events = calendar.walk("VEVENT")
    uids = [str(event.get("UID")) for event in events]
    for event in events:
        for required in ("UID", "DTSTAMP", "DTSTART"):
            if event.get(required) is None:
                problems.append(f"VEVENT {event.get('UID')} without {required}")
    if len(set(uids)) != len(uids):
        problems.append("UIDs repeat")
    recurring = [event for event in events if event.get("RRULE") is not None]
    starts = sorted(event.decoded("DTSTART") for event in events)
    rules = "; ".join(event["RRULE"].to_ical().decode() for event in recurring)
    print(f"{name}: {len(events)} events, {len(recurring)} recurring ({rules or 'none'}), "
          f"{starts[0] if starts else '-'} to {starts[-1] if starts else '-'}, "
          f"version {calendar.get('VERSION')}")
    for problem in problems:
        print(f"  {problem}")
    failed = failed or bool(problems)
sys.exit(1 if failed else 0)
PYTHON
