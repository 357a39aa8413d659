# Sourced by the build-time scripts beside it.

# median_build DIR RUNS clean|touch [CARGO BUILD FLAGS..]: the median wall time, in seconds, of
# `cargo build` in DIR over RUNS runs, each after removing DIR's target (a clean build) or
# touching its `src/lib.rs` (a rebuild of the crate alone).
median_build() {
    local dir=$1 runs=$2 how=$3
    shift 3
    local times=()
    for _ in $(seq "$runs"); do
        if [ "$how" = clean ]; then rm -rf "$dir/target"; else touch "$dir/src/lib.rs"; fi
        local start end
        start=$(date +%s.%N)
        (cd "$dir" && cargo build -q --offline "$@")
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}
