#!/bin/sh
# Debian's Firefox ESR on a clock that runs 60 times faster: one simulated minute per real second.
# -m shares one clock across all of Firefox's processes (parent, content, extension).
#
# Plain `faketime firefox-esr` hangs before the first line of output: Firefox's allocator
# (mozjemalloc) reads std::chrono::steady_clock while holding its lock, libfaketime initialises on
# that first clock read and allocates, and the allocation waits on the lock forever. A tiny
# preloaded library answers steady_clock::now() from the kernel, so the allocator never enters
# libfaketime; everything else (Date.now, timers, alarms) still runs on the fast clock.
set -e
here=$(cd "$(dirname "$0")" && pwd)
cache="$here/../node_modules/.cache/limber-firefox"
shim="$cache/steady-clock.so"
if [ ! -f "$shim" ] || [ "$here/firefox-steady-clock.c" -nt "$shim" ]; then
  mkdir -p "$cache"
  cc -shared -fPIC -O2 -o "$shim.tmp.$$" "$here/firefox-steady-clock.c"
  mv "$shim.tmp.$$" "$shim"
fi
# The same waits as Chromium's, moved onto the real clock (scripts/chromium-clock-waits.c).
waits="$cache/clock-waits.so"
if [ ! -f "$waits" ] || [ "$here/chromium-clock-waits.c" -nt "$waits" ]; then
  cc -shared -fPIC -O2 -o "$waits.tmp.$$" "$here/chromium-clock-waits.c" -ldl
  mv "$waits.tmp.$$" "$waits"
fi
clock="${LIMBER_FAKETIME:-+0 x60}"
LIMBER_CLOCK_SPEED="${clock##*x}" LD_PRELOAD="$shim:$waits${LD_PRELOAD:+:$LD_PRELOAD}" \
  exec faketime -m -f "$clock" "${LIMBER_FIREFOX:-/usr/bin/firefox-esr}" "$@"
