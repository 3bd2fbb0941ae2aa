/** The "Your breaks" tab's I/O: the break log and the sitting going on now, handed to BreaksView. */
import { useEffect, useState } from 'preact/hooks';
import type { ScheduleState } from '../../core/schedule-types';
import { sittingMsAt } from '../../core/status';
import { BreaksView, type BreakLogState } from '../../components/options/BreaksView';
import { clearBreaks, listBreaks, pruneBreaks } from '../../platform/history';
import { onScheduleChanged, readScheduleState } from '../../platform/status-source';

export function BreaksTab({ dailyGoal, now = Date.now }: { dailyGoal: number; now?: () => number }) {
  const [log, setLog] = useState<BreakLogState>({ status: 'loading' });
  const [sittingNowMs, setSittingNowMs] = useState(0);
  const load = () =>
    listBreaks().then(
      ({ entries, backend }) => setLog({ status: 'loaded', entries, fallback: backend === 'storage' }),
      () => setLog({ status: 'failed' }),
    );
  // Opening the tab is a good moment to drop history older than two years.
  useEffect(() => void pruneBreaks().catch(() => 0).then(load), []);
  // The stretch going on now can be today's longest; the view follows the schedule as it changes.
  useEffect(() => {
    const follow = (state: ScheduleState) => setSittingNowMs(sittingMsAt(state, now()));
    void readScheduleState(now()).then(follow, () => undefined);
    return onScheduleChanged(follow);
  }, []);
  return <BreaksView dailyGoal={dailyGoal} log={log} sittingNowMs={sittingNowMs} now={now} onClear={() => void clearBreaks().then(load)} />;
}
