# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by scripts/run and scripts/test: repository root, build directory, timed steps.

HAN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# BUILD_DIR may be absolute or relative to the repository root; default build/.
han_build_dir()
{
    local dir=${BUILD_DIR:-build}
    case $dir in
    /*) printf '%s\n' "$dir" ;;
    *) printf '%s\n' "$HAN_ROOT/$dir" ;;
    esac
}

# Qt warns and switches locale when the environment has none; pick the one Debian always has.
if [[ -z ${LC_ALL:-} && -z ${LANG:-} ]]; then
    export LANG=C.UTF-8
fi

han_now() { date +%s.%N; }

# han_step NAME COMMAND...: runs COMMAND, then prints how long it took (to stderr).
# Returns COMMAND's status, so `set -e` stops the script on a failed step.
han_step()
{
    local name=$1
    shift
    echo "==> $name" >&2
    local start status=0
    start=$(han_now)
    "$@" || status=$?
    local elapsed
    elapsed=$(awk -v a="$start" -v b="$(han_now)" 'BEGIN { printf "%.1f", b - a }')
    if [[ $status -eq 0 ]]; then
        echo "==> $name: done in ${elapsed} s" >&2
    else
        echo "==> $name: FAILED (exit $status) after ${elapsed} s" >&2
    fi
    return "$status"
}

# Configures the build directory (Ninja on first configure; an existing cache keeps its
# generator). Extra arguments are passed to cmake.
han_configure()
{
    local build=$1
    shift
    local -a generator=()
    if [[ ! -f $build/CMakeCache.txt ]]; then
        generator=(-G Ninja)
    fi
    cmake -S "$HAN_ROOT" -B "$build" "${generator[@]}" \
        -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "$@"
}
