// The kinds of articles the archives publish: the tabs of 档案资讯 and the label on each article.
export const ARTICLE_CATEGORIES = ['NEWS', 'STORY', 'VIDEO', 'RESEARCH'] as const;
export type ArticleCategory = (typeof ARTICLE_CATEGORIES)[number];
export const ARTICLE_CATEGORY_LABELS: Record<ArticleCategory, string> = {
  NEWS: '馆务动态',
  STORY: '档案故事',
  VIDEO: '视频',
  RESEARCH: '编研成果',
};
