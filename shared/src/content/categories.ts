// The kinds of articles the archives publish: the tabs of 档案资讯 and the label on each article. The default
// order of the tabs is the order here; the server's ARTICLE_CATEGORY_ORDER may reorder them (Query.articleCategories).
export const ARTICLE_CATEGORIES = ['NEWS', 'EXHIBITION', 'TREASURE', 'STORY', 'QIAOPI', 'RESEARCH', 'VIDEO'] as const;
export type ArticleCategory = (typeof ARTICLE_CATEGORIES)[number];
export const ARTICLE_CATEGORY_LABELS: Record<ArticleCategory, string> = {
  NEWS: '馆务动态',
  EXHIBITION: '展览资讯',
  TREASURE: '馆藏珍品',
  STORY: '档案故事',
  QIAOPI: '侨批故事',
  RESEARCH: '编研成果',
  VIDEO: '视频',
};

export function isArticleCategory(value: unknown): value is ArticleCategory {
  return (ARTICLE_CATEGORIES as readonly unknown[]).includes(value);
}

/** How a reader shared an article: to a chat, to Moments, or by copying its link (H5). */
export const SHARE_CHANNELS = ['CHAT', 'TIMELINE', 'LINK'] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];
export const SHARE_CHANNEL_LABELS: Record<ShareChannel, string> = {
  CHAT: '分享给好友',
  TIMELINE: '分享到朋友圈',
  LINK: '复制链接',
};
