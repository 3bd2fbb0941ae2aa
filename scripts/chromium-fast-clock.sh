#!/bin/sh
# Debian's Chromium on a clock that runs 60 times faster: one simulated minute per real second.
# -m shares one clock across all of Chromium's processes. LIMBER_FAKETIME sets another clock
# (faketime's -f format: '+0 x120' twice as fast again, '@2026-12-02 08:50:00 x60' from a fixed
# local time); the e2e harness (tests/e2e/harness.ts) passes it per launch.
#
# libfaketime alone now and then hangs Chromium, at start or later: a thread that waits until a
# moment of the fast clock waits for the real one to get there (scripts/chromium-clock-waits.c).
# A tiny preloaded library moves those deadlines onto the real clock.
set -e
here=$(cd "$(dirname "$0")" && pwd)
clock="${LIMBER_FAKETIME:-+0 x60}"
cache="$here/../node_modules/.cache/limber-chromium"
shim="$cache/clock-waits.so"
if [ ! -f "$shim" ] || [ "$here/chromium-clock-waits.c" -nt "$shim" ]; then
  mkdir -p "$cache"
  cc -shared -fPIC -O2 -o "$shim.tmp.$$" "$here/chromium-clock-waits.c" -ldl
  mv "$shim.tmp.$$" "$shim"
fi
LIMBER_CLOCK_SPEED="${clock##*x}" LD_PRELOAD="$shim${LD_PRELOAD:+:$LD_PRELOAD}" \
  exec faketime -m -f "$clock" "${LIMBER_CHROMIUM:-/usr/bin/chromium}" "$@"
