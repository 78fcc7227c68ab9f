#!/usr/bin/env bash
# Builds every libFuzzer target (tests/fuzz) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/, and runs each for SECONDS (default 60), two at a
# time, from the seed corpus of tests/fuzz/corpus/<target> (left untouched: the runs grow a
# copy in build-fuzz/corpus). Prints executions and crashes per target; exits 1 on any crash,
# whose input is kept in build-fuzz/crashes/<target>/.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#   FUZZ_RUNS=10000000 scripts/fuzz.sh 0      (each target for that many executions instead)
#   FUZZ_MAX_LEN=8192 ...                     (the largest input tried, 65536 bytes by default)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DMAILROOM_FUZZ=ON >/dev/null
cmake --build build-fuzz --parallel 2 >/dev/null

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(sed -n 's/^mailroom_add_fuzzer(\(fuzz_[a-z]*\))$/\1/p' tests/fuzz/CMakeLists.txt)
fi
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"   # Qt's one-time allocations are not leaks
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

run_one() {
    local t="$1" log="build-fuzz/logs/$1.log"
    mkdir -p "build-fuzz/corpus/$t" "build-fuzz/crashes/$t" build-fuzz/logs
    cp -n tests/fuzz/corpus/"$t"/* "build-fuzz/corpus/$t/" 2>/dev/null || true
    local status=0
    local limit=(-max_total_time="$seconds")
    [ -n "${FUZZ_RUNS:-}" ] && limit=(-runs="$FUZZ_RUNS")
    "build-fuzz/tests/fuzz/$t" "${limit[@]}" -max_len="${FUZZ_MAX_LEN:-65536}" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="build-fuzz/crashes/$t/" -print_final_stats=1 "build-fuzz/corpus/$t" >"$log" 2>&1 || status=$?
    local runs crashes
    runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\)/\1/p' "$log" | tail -1)
    # A slow-unit-* file is an input that took over 10 s of wall time (often only a busy
    # machine); crash-, leak-, timeout- and oom- files are failures.
    crashes=$(find "build-fuzz/crashes/$t" -type f ! -name 'slow-unit-*' | wc -l)
    printf '%-24s %12s executions  %d crash(es)%s\n' "$t" "${runs:-?}" "$crashes" \
        "$([ "$status" -ne 0 ] && echo "  (exit $status, see $log)")"
    [ "$crashes" -eq 0 ] && [ "$status" -eq 0 ]
}

failed=0
running=0
for t in "${targets[@]}"; do
    if [ "$running" -ge 2 ]; then
        wait -n || failed=1   # the next target starts as soon as either slot is free
        running=$((running - 1))
    fi
    run_one "$t" &
    running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done
exit $failed
