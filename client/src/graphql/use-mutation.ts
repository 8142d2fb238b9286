// Run a mutation on demand, tracking whether it is in flight so buttons can show it and refuse double taps.
import { useCallback, useRef, useState } from 'react';
import { type GraphQLResult, send, type TypedDocument } from './client';

export interface MutationHandle<TResult, TVariables> {
  run: (variables: TVariables) => Promise<GraphQLResult<TResult>>;
  pending: boolean;
}

export function useMutation<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
): MutationHandle<TResult, TVariables> {
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  const run = useCallback(
    async (variables: TVariables): Promise<GraphQLResult<TResult>> => {
      inFlight.current = true;
      setPending(true);
      try {
        return await send(document, variables);
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [document],
  );

  return { run, pending };
}
