#!/usr/bin/env bash
# Runs the libFuzzer targets the `fuzz` preset built, two at a time, each from a working copy
# of its corpus with its dictionary, under ASan and UBSan. Any crash, leak, sanitizer finding or
# input slower than 1 s fails the run; the input is left in build-fuzz/fuzz-artifacts/. Once
# the bug is fixed, copy it into tests/fuzz/corpus/<name>/, where ctest replays it for good.
#
#   tests/fuzz/run.sh [--seconds S | --runs N] [NAME...]
#     --seconds S   run each target for S seconds (default 60)
#     --runs N      run each target for N executions
#     NAME          only these targets (alertmanager, slo, ...); default all
set -euo pipefail
cd "$(dirname "$0")/../.."

limit="-max_total_time=60"
names=()
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) limit="-max_total_time=$2"; shift 2 ;;
    --runs) limit="-runs=$2"; shift 2 ;;
    -*) echo "usage: $0 [--seconds S | --runs N] [NAME...]" >&2; exit 2 ;;
    *) names+=("$1"); shift ;;
    esac
done

build=build-fuzz
if [ ${#names[@]} -eq 0 ]; then
    for target in "$build"/tests/fuzz/fuzz_*; do
        [ -f "$target" ] && [ -x "$target" ] && names+=("$(basename "$target" | sed 's/^fuzz_//')")
    done
fi
if [ ${#names[@]} -eq 0 ]; then
    echo "No fuzz targets in $build: build them with 'cmake --preset fuzz && cmake --build --preset fuzz'." >&2
    exit 1
fi
mkdir -p "$build/fuzz-artifacts" "$build/fuzz-logs"

# A timeout that does not happen again when its input runs alone, three times, was the machine
# stalling (two fuzzers on a loaded 2-core CI machine once both "took 3 s" on inputs that run in
# 5 and 31 ms), not the input: that run starts again from its corpus, at most twice. A timeout
# that does happen again is a finding like any other.
timeout_reproduces() {
    local target=$1 unit=$2
    local attempt
    for attempt in 1 2 3; do
        "$target" -timeout=1 -rss_limit_mb=2048 "$unit" > /dev/null 2>&1 || return 0
    done
    return 1
}

run_one() {
    local name=$1 limit=$2 build=$3
    local work="$build/fuzz-corpus/$name"
    local target="$build/tests/fuzz/fuzz_$name"
    local log="$build/fuzz-logs/$name.log"
    mkdir -p "$work"
    local start
    for start in 1 2 3; do
        if "$target" "$limit" -timeout=1 -rss_limit_mb=2048 -max_len=65536 \
                -print_final_stats=1 -dict="tests/fuzz/dict/$name.dict" \
                -artifact_prefix="$build/fuzz-artifacts/$name-" \
                "$work" "tests/fuzz/corpus/$name" > "$log" 2>&1; then
            local runs
            runs=$(grep -ao 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
            printf '%-20s %12s executions, no finding\n' "$name" "$runs"
            return 0
        fi
        local unit
        unit=$(grep -ao 'Test unit written to .*' "$log" | head -1 | sed 's/^Test unit written to //')
        if grep -aq 'libFuzzer: timeout' "$log" && [ -f "$unit" ] \
                && ! timeout_reproduces "$target" "$unit"; then
            printf '%-20s a timeout that did not happen again alone (%s); fuzzing again\n' \
                "$name" "$unit"
            mv "$unit" "$unit.stalled"
            continue
        fi
        break
    done
    printf '%-20s FOUND A PROBLEM:\n' "$name"
    grep -aE 'ERROR|runtime error|SUMMARY|Test unit written' "$log" | head -5 | sed 's/^/    /'
    return 1
}
export -f timeout_reproduces
export -f run_one
printf '%s\n' "${names[@]}" | xargs -P 2 -I{} bash -c 'run_one "$@"' _ {} "$limit" "$build"
