// A vertical list of steps, newest last: what happened, when, where, and a note. The lookup request's timeline
// for the citizen and for staff; presentational only, so both subpackages share it from the main package.
import { Text, View } from '@tarojs/components';
import { cx } from '../lib/cx';

export interface TimelineStep {
  key: string;
  title: string;
  /** When, as the page formats it. */
  time: string;
  /** Who or where: the archive that took the step. */
  place?: string | null;
  note?: string | null;
}

export function Timeline({ steps, className }: { steps: ReadonlyArray<TimelineStep>; className?: string }) {
  return (
    <View className={cx('zz-timeline', className)} data-testid="timeline">
      {steps.map((step, index) => (
        <View
          key={step.key}
          className={cx('zz-timeline__step', index === steps.length - 1 && 'zz-timeline__step--latest')}
          data-testid="timeline-step"
        >
          <View className="zz-timeline__dot" />
          <View className="zz-timeline__body">
            <Text className="zz-timeline__title">{step.title}</Text>
            <Text className="zz-timeline__meta">{step.place ? `${step.time} · ${step.place}` : step.time}</Text>
            {step.note ? <Text className="zz-timeline__note">{step.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
