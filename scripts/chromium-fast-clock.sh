#!/bin/sh
# Debian's Chromium on a clock that runs 60 times faster: one simulated minute per real second.
# -m shares one clock across all of Chromium's processes.
exec faketime -m -f '+0 x60' "${LIMBER_CHROMIUM:-/usr/bin/chromium}" "$@"
