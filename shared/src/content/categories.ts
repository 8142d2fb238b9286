// The kinds of articles the archives publish: the tabs of 档案资讯 (in this order) and the label on each article.
export const ARTICLE_CATEGORIES = ['NEWS', 'STORY', 'RESEARCH', 'VIDEO'] as const;
export type ArticleCategory = (typeof ARTICLE_CATEGORIES)[number];
export const ARTICLE_CATEGORY_LABELS: Record<ArticleCategory, string> = {
  NEWS: '馆务动态',
  STORY: '档案故事',
  RESEARCH: '编研成果',
  VIDEO: '视频',
};
