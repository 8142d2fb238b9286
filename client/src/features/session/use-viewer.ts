// The signed-in account (or null) and the sign-in methods the server offers, refreshed whenever the
// page shows again, since sign-in may have happened on another page.
import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { ViewerDocument } from '../../graphql/generated/operations';
import { useQuery } from '../../graphql/use-query';

export function useViewer() {
  const query = useQuery(ViewerDocument, {});
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) firstShow.current = false;
    else void query.refetch();
  });
  return query;
}
