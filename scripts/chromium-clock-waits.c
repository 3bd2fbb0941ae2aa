/*
 * Preloaded into Chromium by scripts/chromium-fast-clock.sh, beside libfaketime (see there why).
 *
 * libfaketime 0.9.10 (Debian 12) fakes the clocks a program reads, but not two ways a thread can
 * wait until a moment of that clock: the futex system call with an absolute deadline
 * (FUTEX_WAIT_BITSET, what Abseil's mutexes and condition variables use) and
 * pthread_cond_clockwait (what C++ condition variables use). The kernel then waits until the *real*
 * clock reaches a deadline read from the *fast* one, which runs ahead by (speed - 1) x the time
 * since start: after a minute at 60x, about an hour. A browser that waits that way hangs, at start
 * or later (wolfcw/libfaketime#469, #527). Here both deadlines are moved onto the real clock: the
 * time left on the fast clock, divided by its speed, from the real now.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>

typedef long (*syscall_fn)(long, ...);
typedef int (*clockwait_fn)(pthread_cond_t *, pthread_mutex_t *, clockid_t, const struct timespec *);

static syscall_fn real_syscall(void) {
  static syscall_fn fn;
  if (!fn) fn = (syscall_fn)dlsym(RTLD_NEXT, "syscall");
  return fn;
}

/** The fast clock's rate, from LIMBER_CLOCK_SPEED (set by the wrapper); 1 if missing. */
static double speed(void) {
  static double value;
  if (value == 0) {
    const char *env = getenv("LIMBER_CLOCK_SPEED");
    double parsed = env ? strtod(env, NULL) : 1;
    value = parsed > 0 ? parsed : 1;
  }
  return value;
}

static int64_t ns(const struct timespec *t) { return (int64_t)t->tv_sec * 1000000000 + t->tv_nsec; }

/** A deadline on `clock` as the program sees it (fast) moved onto the same clock as the kernel sees it (real). */
static struct timespec real_deadline(clockid_t clock, const struct timespec *fake_deadline) {
  struct timespec fake_now, real_now;
  clock_gettime(clock, &fake_now); /* libfaketime's: the fast clock */
  real_syscall()(SYS_clock_gettime, clock, &real_now);
  int64_t left = ns(fake_deadline) - ns(&fake_now);
  if (left < 0) left = 0;
  int64_t at = ns(&real_now) + (int64_t)(left / speed());
  struct timespec out = { (time_t)(at / 1000000000), (long)(at % 1000000000) };
  return out;
}

long syscall(long number, ...) {
  va_list args;
  va_start(args, number);
  long a1 = va_arg(args, long), a2 = va_arg(args, long), a3 = va_arg(args, long);
  long a4 = va_arg(args, long), a5 = va_arg(args, long), a6 = va_arg(args, long);
  va_end(args);
  if (number == SYS_futex && a4 != 0 && (a2 & FUTEX_CMD_MASK) == FUTEX_WAIT_BITSET) {
    clockid_t clock = (a2 & FUTEX_CLOCK_REALTIME) ? CLOCK_REALTIME : CLOCK_MONOTONIC;
    struct timespec deadline = real_deadline(clock, (const struct timespec *)a4);
    return real_syscall()(number, a1, a2, a3, (long)&deadline, a5, a6);
  }
  return real_syscall()(number, a1, a2, a3, a4, a5, a6);
}

int pthread_cond_clockwait(pthread_cond_t *cond, pthread_mutex_t *mutex, clockid_t clock, const struct timespec *abstime) {
  static clockwait_fn real;
  if (!real) real = (clockwait_fn)dlsym(RTLD_NEXT, "pthread_cond_clockwait");
  if (!real) return EINVAL;
  struct timespec deadline = real_deadline(clock, abstime);
  return real(cond, mutex, clock, &deadline);
}
