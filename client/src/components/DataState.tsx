// The four states of every data view: loading, empty, failure (with 重试) and success.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { describeFailure, type GraphQLFailure } from '../graphql/client';
import type { QueryState } from '../graphql/use-query';
import { cx } from '../lib/cx';
import { a11y } from './a11y';
import { Button } from './Button';

export interface DataStateProps<T> {
  state: QueryState<T>;
  children: (data: T) => ReactNode;
  /** When true for the loaded data, the empty state shows instead of `children`. */
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  emptyAction?: ReactNode;
  loadingText?: string;
  onRetry?: () => void;
  className?: string;
}

export function DataState<T>({
  state,
  children,
  isEmpty,
  emptyText = '暂无内容',
  emptyAction,
  loadingText = '正在加载…',
  onRetry,
  className,
}: DataStateProps<T>) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'loading':
      // Keep the previous data on screen while refreshing, rather than flashing a spinner.
      if (state.previous !== null) return <>{render(state.previous)}</>;
      return <LoadingState text={loadingText} className={className} />;
    case 'failure':
      return <FailureState failure={state.failure} onRetry={onRetry} className={className} />;
    case 'success':
      return <>{render(state.data)}</>;
  }

  function render(data: T) {
    if (isEmpty?.(data)) return <EmptyState text={emptyText} action={emptyAction} className={className} />;
    return children(data);
  }
}

export function LoadingState({ text = '正在加载…', className }: { text?: string; className?: string }) {
  return (
    <View
      className={cx('zz-state', 'zz-state--loading', className)}
      data-testid="state-loading"
      {...a11y({ role: 'status' })}
    >
      <View className="zz-state__spinner" />
      <Text className="zz-state__text">{text}</Text>
    </View>
  );
}

export function EmptyState({ text, action, className }: { text: string; action?: ReactNode; className?: string }) {
  return (
    <View className={cx('zz-state', 'zz-state--empty', className)} data-testid="state-empty">
      <Text className="zz-state__icon" aria-hidden="true">
        档
      </Text>
      <Text className="zz-state__text">{text}</Text>
      {action ? <View className="zz-state__action">{action}</View> : null}
    </View>
  );
}

export function FailureState({
  failure,
  message,
  onRetry,
  className,
}: {
  failure?: GraphQLFailure;
  message?: string;
  onRetry?: () => void;
  className?: string;
}) {
  return (
    <View
      className={cx('zz-state', 'zz-state--failure', className)}
      data-testid="state-failure"
      {...a11y({ role: 'alert' })}
    >
      <Text className="zz-state__icon zz-state__icon--failure" aria-hidden="true">
        !
      </Text>
      <Text className="zz-state__text">{message ?? (failure ? describeFailure(failure) : '加载失败')}</Text>
      {onRetry ? (
        <View className="zz-state__action">
          <Button variant="secondary" size="sm" onClick={onRetry} className="zz-state__retry">
            重试
          </Button>
        </View>
      ) : null}
    </View>
  );
}
