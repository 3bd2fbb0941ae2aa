/*
 * Preloaded into Firefox by scripts/firefox-fast-clock.sh (see there why): steady_clock::now()
 * straight from the kernel, so Firefox's allocator never calls into libfaketime under its lock.
 */
#include <stdint.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
int64_t limber_steady_now(void) __asm__("_ZNSt6chrono3_V212steady_clock3nowEv");
int64_t limber_steady_now(void) {
  struct timespec ts;
  syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
