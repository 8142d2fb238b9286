// A reader's engagement with one article: the read recorded once per page open, the like toggled optimistically
// (signed in; the server's answer is the truth), and shares counted by channel. The share handlers of weapp
// (useShareAppMessage, useShareTimeline) are bound here so the page only composes.
import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import type { ShareChannel } from '@zz/shared/content/categories';
import { useCallback, useEffect, useRef, useState } from 'react';
import { PLATFORM } from '../../config';
import { describeFailure, send } from '../../graphql/client';
import { commonErrorMessage, isSuccessResult } from '../../graphql/errors';
import {
  type ArticleEngagementFragment,
  type ArticleQuery,
  RecordArticleReadDocument,
  RecordArticleShareDocument,
  SetArticleLikeDocument,
} from '../../graphql/generated/operations';
import { routes } from '../../lib/navigation';
import { readerKey } from './reader-key';

type Article = NonNullable<ArticleQuery['article']>;

export type LikeOutcome = 'done' | 'needs-sign-in' | 'failed';

export interface Engagement {
  counts: ArticleEngagementFragment;
  liking: boolean;
  /**
   * Flips the like, or sets it to `liked`; 'needs-sign-in' when the reader must sign in first (the like is rolled
   * back).
   */
  toggleLike: (liked?: boolean) => Promise<LikeOutcome>;
  /** H5: copies the article's link and counts a LINK share. */
  copyLink: () => Promise<void>;
}

/** The H5 link of an article: hash routing, so the path after '#' is the page's. */
export function articleLink(id: string): string {
  return `${location.origin}${location.pathname}#${routes.article(id)}`;
}

export function useEngagement(article: Article): Engagement {
  const [counts, setCounts] = useState<ArticleEngagementFragment>(() => pickCounts(article));
  const [liking, setLiking] = useState(false);
  const articleRef = useRef(article);
  articleRef.current = article;

  // A refetch of the article brings the server's counts (the like state is the viewer's, from the read's answer).
  useEffect(() => setCounts((previous) => ({ ...pickCounts(article), viewerLiked: previous.viewerLiked })), [article]);

  const recordedFor = useRef<string | null>(null);
  useEffect(() => {
    if (recordedFor.current === article.id) return;
    recordedFor.current = article.id;
    void send(RecordArticleReadDocument, { id: article.id, readerKey: readerKey() }).then((result) => {
      if (result.ok && isSuccessResult(result.data.recordArticleRead)) setCounts(result.data.recordArticleRead.data);
    });
  }, [article.id]);

  const recordShare = useCallback((channel: ShareChannel) => {
    void send(RecordArticleShareDocument, { id: articleRef.current.id, channel }).then((result) => {
      if (result.ok && isSuccessResult(result.data.recordArticleShare)) setCounts(result.data.recordArticleShare.data);
    });
  }, []);

  // WeChat asks for the share card when the reader opens the share sheet; that is the share we can count.
  useShareAppMessage(() => {
    const a = articleRef.current;
    recordShare('CHAT');
    return { title: a.title, path: routes.article(a.id), imageUrl: shareImage(a) };
  });
  useShareTimeline(() => {
    const a = articleRef.current;
    recordShare('TIMELINE');
    return { title: a.title, query: `id=${encodeURIComponent(a.id)}`, imageUrl: shareImage(a) };
  });

  const likeInFlight = useRef(false);
  const toggleLike = useCallback(
    async (target?: boolean): Promise<LikeOutcome> => {
      // One request at a time; the server's like is idempotent, so the last answer is the truth.
      if (likeInFlight.current) return 'done';
      likeInFlight.current = true;
      setLiking(true);
      const before = counts;
      const liked = target ?? !before.viewerLiked;
      setCounts({ ...before, viewerLiked: liked, likeCount: Math.max(0, before.likeCount + (liked ? 1 : -1)) });
      const result = await send(SetArticleLikeDocument, { id: before.id, liked });
      likeInFlight.current = false;
      setLiking(false);
      if (!result.ok) {
        setCounts(before);
        if (result.failure.kind === 'graphql' && result.failure.code === 'UNAUTHENTICATED') return 'needs-sign-in';
        void Taro.showToast({ title: describeFailure(result.failure), icon: 'none' });
        return 'failed';
      }
      const answer = result.data.setArticleLike;
      if (isSuccessResult(answer)) {
        setCounts(answer.data);
        return 'done';
      }
      setCounts(before);
      const error = answer;
      if (error.__typename === 'NotAuthorizedError' && error.reason !== 'FORBIDDEN') return 'needs-sign-in';
      void Taro.showToast({ title: commonErrorMessage(error), icon: 'none' });
      return 'failed';
    },
    [counts],
  );

  const copyLink = useCallback(async () => {
    if (PLATFORM !== 'h5') return;
    try {
      await Taro.setClipboardData({ data: articleLink(articleRef.current.id) });
      void Taro.showToast({ title: '链接已复制，可粘贴分享', icon: 'none' });
      recordShare('LINK');
    } catch {
      void Taro.showToast({ title: '复制失败，请手动复制地址栏链接', icon: 'none' });
    }
  }, [recordShare]);

  return { counts, liking, toggleLike, copyLink };
}

function pickCounts(a: Article): ArticleEngagementFragment {
  return {
    id: a.id,
    readCount: a.readCount,
    likeCount: a.likeCount,
    shareCount: a.shareCount,
    // The article is a public (cached) read; recordArticleRead's answer tells whether this viewer likes it.
    viewerLiked: false,
  };
}

function shareImage(a: Article): string | undefined {
  return a.cover?.thumbUrl ?? a.video?.posterUrl ?? undefined;
}
