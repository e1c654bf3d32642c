#!/usr/bin/env bash
# Crash test of every writing command, in the spirit of SQLite's: with strace's syscall fault
# injection, each command is killed (SIGKILL) at every write, rename, link, fsync, mkdir, rmdir and
# unlink it makes, and in separate runs that call fails with ENOSPC and with EIO. After each
# point:
#   - `strategy check` passes (exit 0; leftovers are warnings, and reading completes a
#     committed transaction);
#   - the records (strategy/comments, contract, portal, versions and exports/, hidden files
#     aside) are exactly the state before the command or exactly the state after a clean run;
#   - the command was honest: exit 0 only when the change is complete, and no "nothing was
#     recorded / imported / written" when it is;
#   - the next command of the same kind succeeds, and `check` passes again.
#
#   scripts/crash-test.sh                      # every scenario, fault and call
#   CRASH_SCENARIOS="render portal" CRASH_FAULTS="signal=KILL" scripts/crash-test.sh
#   STRATEGY_BIN=.build/release/strategy scripts/crash-test.sh
#
# Needs strace (apt-get install strace) and permission to ptrace (root, or ptrace_scope 0).
# Prints one line per failure and a summary; exits 1 when any point failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
command -v strace >/dev/null || { echo "crash-test: strace is not installed" >&2; exit 2; }
bin=${STRATEGY_BIN:-}
if [ -z "$bin" ]; then
    swift build >/dev/null || exit 2
    bin="$(swift build --show-bin-path)/strategy"
fi
faults=${CRASH_FAULTS:-"signal=KILL error=ENOSPC error=EIO"}
syscalls=${CRASH_SYSCALLS:-"write rename link fsync mkdir rmdir unlink"}
scenarios=${CRASH_SCENARIOS:-"comments-import comments-resolve contract-worklog portal-import version-cut render"}
work=$(mktemp -d /tmp/strategy-crash.XXXXXX)
trap 'rm -rf "$work"' EXIT
# A copy of its own, so that a rebuild during the run cannot change the binary under test.
cp "$bin" "$work/strategy" || exit 2
bin=$work/strategy

# The state every scenario starts from: the mini workspace rendered, cut as v1, with two
# comments imported.
base=$work/base
mkdir -p "$base"
cp -r "$root/Tests/StrategyKitTests/Fixtures/mini" "$base/strategy"
(
    cd "$base" || exit 1
    "$bin" render --lang en,ru --format md,html --date 2024-01-01 >/dev/null
    "$bin" version cut v1 --note Draft --date 2023-11-20 >/dev/null
    printf 'version,member,target,paragraph,type,comment\nv1,ipr,doc,1,general,first comment\nv1,smsu,A-01,2,general,second comment\n' > form1.csv
    printf 'version,member,target,paragraph,type,comment\nv1,ipr,G1,3,general,third comment\nv1,smsu,A-02,4,editorial,fourth comment\n' > form2.csv
    printf 'version,member,target,paragraph,type,comment\nv1,ipr,O1.1,5,general,fifth comment\n' > form3.csv
    printf 'date,metric,value\n2022-03-01,portal.lsg-bodies,5\n' > export1.csv
    printf 'date,metric,value\n2022-04-01,portal.lsg-bodies,6\n' > export2.csv
    "$bin" comments import form1.csv --date 2023-11-25 >/dev/null
) || { echo "crash-test: cannot prepare the base workspace" >&2; exit 2; }

# scenario → the command under test and the next command.
command_of() {
    case $1 in
        comments-import) echo "comments import form2.csv --date 2023-11-25" ;;
        comments-resolve) echo "comments resolve v1-ipr-001 --decision accepted --response Да --date 2023-11-26" ;;
        contract-worklog) echo "contract worklog --task T2 --days 1 --note drafting --date 2023-11-28" ;;
        portal-import) echo "portal import export1.csv --date 2023-11-27" ;;
        version-cut) echo "version cut v2 --note Second --date 2023-12-01" ;;
        render) echo "render --lang en,ru --format md,html --date 2024-02-02" ;;
    esac
}
next_of() {
    case $1 in
        comments-import) echo "comments import form3.csv --date 2023-11-25" ;;
        comments-resolve) echo "comments resolve v1-smsu-001 --decision noted --response Ок --date 2023-11-26" ;;
        contract-worklog) echo "contract worklog --task T2 --days 0.5 --note review --date 2023-11-29" ;;
        portal-import) echo "portal import export2.csv --date 2023-11-27" ;;
        version-cut) echo "version cut v3 --note Third --date 2023-12-02" ;;
        render) echo "render --lang en,ru --format md,html --date 2024-03-03" ;;
    esac
}

# The records: every non-hidden file under the managed folders and exports/, with its hash.
digest() {
    (cd "$1" && find strategy/comments strategy/contract strategy/portal strategy/versions exports \
        -type f -not -path '*/.*' 2>/dev/null | LC_ALL=C sort | xargs -r sha256sum | sha256sum | cut -c1-16)
}

points=0
failures=0
report() {
    failures=$((failures + 1))
    echo "FAIL $*"
}

for scenario in $scenarios; do
    cmd=$(command_of "$scenario")
    next=$(next_of "$scenario")
    before=$(digest "$base")
    clean=$work/clean
    rm -rf "$clean"; cp -a "$base" "$clean"
    # shellcheck disable=SC2086
    (cd "$clean" && "$bin" $cmd >/dev/null 2>&1) || { echo "crash-test: '$cmd' fails without faults" >&2; exit 2; }
    after=$(digest "$clean")
    [ "$before" != "$after" ] || { echo "crash-test: '$cmd' changes nothing" >&2; exit 2; }
    for call in $syscalls; do
        # How often the busiest process or thread makes the call: strace counts per tracee.
        rm -rf "$clean"; cp -a "$base" "$clean"
        # shellcheck disable=SC2086
        (cd "$clean" && strace -f -qq -o "$work/trace" -e trace="$call" "$bin" $cmd >/dev/null 2>&1)
        count=$(awk '{print $1}' "$work/trace" | sort | uniq -c | sort -rn | awk 'NR == 1 {print $1}')
        count=${count:-0}
        for fault in $faults; do
            for ((n = 1; n <= count; n++)); do
                points=$((points + 1))
                run=$work/run
                rm -rf "$run"; cp -a "$base" "$run"
                where="$scenario $call#$n $fault"
                # shellcheck disable=SC2086
                (cd "$run" && strace -f -qq -o /dev/null -e trace="$call" -e inject="$call:$fault:when=$n" \
                    "$bin" $cmd >"$work/out" 2>"$work/err") 2>/dev/null
                status=$?
                if ! (cd "$run" && "$bin" check >/dev/null 2>"$work/check"); then
                    report "$where: check fails afterwards: $(grep -m1 error: "$work/check")"
                    continue
                fi
                now=$(digest "$run")
                if [ "$now" = "$before" ]; then
                    [ "$status" -ne 0 ] || report "$where: exit 0 but nothing was recorded"
                elif [ "$now" = "$after" ]; then
                    if [ "$status" -ne 0 ] && grep -qiE "nothing was (recorded|imported|written)|exports are unchanged" "$work/err"; then
                        report "$where: says nothing happened, but it did: $(head -c 300 "$work/err")"
                    fi
                else
                    report "$where: records are neither the old nor the new state (exit $status): $(head -c 300 "$work/err")"
                    continue
                fi
                # shellcheck disable=SC2086
                if ! (cd "$run" && "$bin" $next >/dev/null 2>"$work/next"); then
                    # After a kill the act under test may be complete; the next one must still go in.
                    report "$where: the next command fails: $(head -c 300 "$work/next")"
                    continue
                fi
                (cd "$run" && "$bin" check >/dev/null 2>&1) || report "$where: check fails after the next command"
                if [ -n "$(cd "$run" && find strategy exports -name '.*' -not -name '.lock' 2>/dev/null)" ]; then
                    report "$where: leftovers remain after the next command: $(cd "$run" && find strategy exports -name '.*' -not -name '.lock' | head -3 | tr '\n' ' ')"
                fi
            done
        done
        echo "$scenario: $call × $count calls done (points so far: $points, failures: $failures)"
    done
done
echo "crash-test: $points points, $failures failures"
[ "$failures" -eq 0 ]
