import type { DayCounts } from '../../core/stats';
import { t } from '../../platform/i18n';
import { formatDayLabel, formatDayOfMonth } from '../format';

const W = 448;
const H = 170;
const TOP = 12;
const BOTTOM = 26;
const LEFT = 8;
/** Room on the right for the goal's label, clear of the bars. */
const GUTTER = 56;

export const dayLabel = (day: number) => formatDayLabel(day);
const shortDay = (day: number) => formatDayOfMonth(day);

/**
 * Stretches done (and breaks skipped) per day, as bars, with the daily goal as a dashed line.
 * Inline SVG, no library. The picture is decorative for assistive tech: the table next to it
 * carries the same numbers.
 */
export function BreakChart({ days, goal }: { days: readonly DayCounts[]; goal: number }) {
  const max = Math.max(goal, ...days.map((d) => d.done + d.skipped), 1);
  const plotH = H - TOP - BOTTOM;
  const slot = (W - LEFT - GUTTER) / days.length;
  const barW = Math.min(22, slot * 0.6);
  const y = (n: number) => TOP + plotH - (n / max) * plotH;
  return (
    <svg class="break-chart" viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t('statsChartLabel', days.length)}
      data-testid="break-chart" preserveAspectRatio="xMidYMid meet">
      <line x1={LEFT} x2={W - GUTTER} y1={y(0)} y2={y(0)} class="chart-axis" />
      {days.map((d, i) => {
        const x = LEFT + i * slot + (slot - barW) / 2;
        const doneTop = y(d.done);
        const skippedTop = y(d.done + d.skipped);
        return (
          <g key={d.day} data-day={d.day}>
            <title>{`${dayLabel(d.day)}: ${t('statsDoneN', d.done)}, ${t('statsSkippedN', d.skipped)}`}</title>
            {d.skipped > 0 && <rect class="bar-skipped" x={x} y={skippedTop} width={barW} height={doneTop - skippedTop} rx="2" />}
            {d.done > 0 && <rect class="bar-done" x={x} y={doneTop} width={barW} height={y(0) - doneTop} rx="2" data-done={d.done} />}
            <text class="chart-label" x={x + barW / 2} y={H - 8} text-anchor="middle">{shortDay(d.day)}</text>
          </g>
        );
      })}
      <line x1={LEFT} x2={W - GUTTER + 4} y1={y(goal)} y2={y(goal)} class="chart-goal" />
      <text class="chart-goal-label" x={W - GUTTER + 8} y={y(goal) + 4}>{t('statsGoalLine', goal)}</text>
    </svg>
  );
}
