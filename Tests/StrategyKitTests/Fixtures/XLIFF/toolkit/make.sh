#!/bin/sh
# How the files of this folder were made, from the package root, with translate-toolkit 3.20.4
# (/work/venv). The workspace is the mini fixture with the Russian title of A-02 changed, so that
# its English title is stale; the test applies the same change before importing. Only the stale
# text is exported (--stale): pomerge matches units by their source text, so two texts with the
# same source (a name and a short name) could swap translations in a whole-workspace round trip.
set -e
here=Tests/StrategyKitTests/Fixtures/XLIFF/toolkit
work=$(mktemp -d)/strategy
cp -r Tests/StrategyKitTests/Fixtures/mini "$work"
sed -i 's/^A-02,O1.1,Пресс-тур,/A-02,O1.1,Пресс-тур в два региона,/' "$work/actions.csv"
swift run strategy translate export --lang en --stale --xliff-version 1.2 --workspace "$work" --out "$here/mini-en.xlf"
/work/venv/bin/xliff2po "$here/mini-en.xlf" "$here/mini-en.po"
/work/venv/bin/python "$here/edit-po.py" "$here/mini-en.po" "$here/mini-en-translated.po"
/work/venv/bin/pomerge -t "$here/mini-en.xlf" -i "$here/mini-en-translated.po" -o "$here/mini-en-translated.xlf"
