#!/bin/sh
# Debian's Chromium for the e2e files that yield the CPU (tests/e2e/harness.ts starts them at
# nice 19): as root, Chromium raises a few dozen of its own threads to nice -8 (display, I/O),
# which would put them ahead of the fast-clock browsers beside them. Without CAP_SYS_NICE it
# cannot, and every thread keeps the nice it was started with.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  exec setpriv --bounding-set=-sys_nice --inh-caps=-sys_nice "${LIMBER_CHROMIUM:-/usr/bin/chromium}" "$@"
fi
exec "${LIMBER_CHROMIUM:-/usr/bin/chromium}" "$@"
