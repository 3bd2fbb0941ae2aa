#!/bin/sh
# Debian's Chromium on a clock that runs 60 times faster: one simulated minute per real second.
# -m shares one clock across all of Chromium's processes. LIMBER_FAKETIME sets another clock
# (faketime's -f format: '+0 x120' twice as fast again, '@2026-12-02 08:50:00 x60' from a fixed
# local time); the e2e harness (tests/e2e/harness.ts) passes it per launch.
exec faketime -m -f "${LIMBER_FAKETIME:-+0 x60}" "${LIMBER_CHROMIUM:-/usr/bin/chromium}" "$@"
