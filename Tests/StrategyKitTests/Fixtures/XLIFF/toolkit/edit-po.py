"""The translator's step: translate the one fuzzy (stale) entry and clear its flag.

Run with translate-toolkit's Python: /work/venv/bin/python edit-po.py IN.po OUT.po
"""
import sys

from translate.storage import po

store = po.pofile.parsefile(sys.argv[1])
for unit in store.units:
    if "A-02.title" in unit.getlocations():
        unit.target = 'Press tour to two regions, "with a stop" in Naryn'
        unit.markfuzzy(False)
store.savefile(sys.argv[2])
