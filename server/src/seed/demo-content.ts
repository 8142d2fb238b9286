// Demo content for the embedded database, written from the facts of the China Archives News report on
// the Zhangzhou archives (2022-08-23). Dates are relative to the day of seeding so the demo stays current.

export interface DemoExhibition {
  slug: string;
  branchCode: string;
  title: string;
  subtitle: string | null;
  mode: 'ONSITE' | 'ONLINE';
  summary: string;
  description: string;
  venue: string | null;
  notes: string | null;
  opensInDays: number;
  closesInDays: number | null;
  featured: boolean;
}

const VISIT_NOTES =
  '免费参观，实行实名预约，每个预约最多5人。请携带预约时登记的有效证件，凭电子票二维码入馆。周一闭馆。';

export const demoExhibitions: DemoExhibition[] = [
  {
    slug: 'theme-archives-documents',
    branchCode: 'city',
    title: '奋进新时代 · 主题档案文献展',
    subtitle: '以馆藏档案讲述漳州的发展历程',
    mode: 'ONSITE',
    summary: '精选馆藏文书、照片与实物档案，回望漳州建设现代化滨海城市的奋斗足迹。',
    description:
      '展览以时间为线索，分为“初心”“奋斗”“振兴”三个单元，展出馆藏文书档案、老照片和实物档案。\n\n其中包括脱贫攻坚与疫情防控两类档案的代表性原件，以及党和国家领导人来漳视察调研的珍贵影像。',
    venue: '漳州市档案馆一楼展厅',
    notes: VISIT_NOTES,
    opensInDays: -30,
    closesInDays: 120,
    featured: true,
  },
  {
    slug: 'foreign-affairs-gifts',
    branchCode: 'city',
    title: '漳州外事礼品展',
    subtitle: '方寸之间的友谊见证',
    mode: 'ONSITE',
    summary: '汇集漳州对外交往中接受的礼品档案，讲述这座侨乡城市与世界的往来。',
    description:
      '外事礼品是对外交往的实物见证。展览集中展示市档案馆收藏的外事礼品档案，配以交往背景说明，让观众了解每件礼品背后的故事。',
    venue: '漳州市档案馆二楼专题展厅',
    notes: VISIT_NOTES,
    opensInDays: -10,
    closesInDays: 200,
    featured: true,
  },
  {
    slug: 'qiaopi-letters',
    branchCode: 'city',
    title: '侨批档案展',
    subtitle: '一封家书 · 一份侨汇 · 一段乡愁',
    mode: 'ONSITE',
    summary: '侨批是海外侨胞寄回家乡的书信与汇款凭证，展览呈现漳州侨批中的家国情怀。',
    description:
      '“侨批”又称“银信”，是海外华侨通过民间渠道寄回国内、附有家书的汇款凭证。市档案馆通过走访民间收藏家、接受捐赠等方式持续征集侨批档案，并编成《漳州侨批与爱国华侨档案资料汇编》。\n\n展览选取其中具有代表性的批信与回批，展示侨胞对家乡的牵挂与支持。',
    venue: '漳州市档案馆一楼侨批展区',
    notes: VISIT_NOTES,
    opensInDays: -60,
    closesInDays: 300,
    featured: true,
  },
  {
    slug: 'precious-physical-archives',
    branchCode: 'city',
    title: '漳州市珍贵实物档案展',
    subtitle: null,
    mode: 'ONSITE',
    summary: '首次集中展出市档案馆征集的珍贵实物档案，即将开展，敬请期待。',
    description:
      '展览遴选市档案馆历年征集进馆的珍贵实物档案，涵盖证书、印章、票证、奖章等门类，展现档案“存凭、留史、资政、育人”的价值。',
    venue: '漳州市档案馆二楼临时展厅',
    notes: VISIT_NOTES,
    opensInDays: 14,
    closesInDays: 180,
    featured: true,
  },
  {
    slug: 'qiaopi-online',
    branchCode: 'city',
    title: '侨批档案网上展厅',
    subtitle: '足不出户看侨批',
    mode: 'ONLINE',
    summary: '在线浏览漳州侨批档案的高清图像与解读，随时随地走进“没有围墙的档案馆”。',
    description: '网上展厅收录数十件漳州侨批的高清图像，每件配有释文和背景解读，方便海内外侨胞和研究者在线查阅。',
    venue: null,
    notes: null,
    opensInDays: -90,
    closesInDays: null,
    featured: false,
  },
  {
    slug: 'poverty-alleviation-records',
    branchCode: 'city',
    title: '脱贫攻坚档案专题展（2016—2020）',
    subtitle: null,
    mode: 'ONSITE',
    summary: '以档案回顾漳州打赢脱贫攻坚战的历程，展览已圆满结束。',
    description:
      '展览依托《漳州市脱贫攻坚工作档案实录（2016—2020年）》的编研成果，展示全市脱贫攻坚工作中形成的文书、照片和音像档案。',
    venue: '漳州市档案馆一楼展厅',
    notes: null,
    opensInDays: -400,
    closesInDays: -200,
    featured: false,
  },
];

export interface DemoArticle {
  slug: string;
  branchCode: string | null;
  category: 'NEWS' | 'STORY' | 'VIDEO' | 'RESEARCH';
  title: string;
  summary: string;
  body: string;
  videoUrl?: string;
  author?: string;
  source?: string;
}

export const demoArticles: DemoArticle[] = [
  {
    slug: 'archive-without-walls',
    branchCode: 'city',
    category: 'NEWS',
    title: '打造“没有围墙的档案馆”',
    summary: '办展览、出汇编、拍纪录片，市档案馆让馆藏档案走出库房、走近市民。',
    body: '市档案馆以重大活动和重要节庆为契机，通过举办档案展览、出版档案汇编、拍摄文献纪录片等方式，深入挖掘馆藏资源。\n\n目前，主题档案文献展、外事礼品展、珍贵实物档案展和侨批档案展正在陆续筹备和展出，市民可通过本小程序预约参观。',
  },
  {
    slug: 'archives-to-grassroots',
    branchCode: 'city',
    category: 'NEWS',
    title: '“档案宣传进基层”主题活动走进社区',
    summary: '参加政务访谈、电台热点访谈，在微信公众号推出文章和视频，档案宣传走进千家万户。',
    body: '今年，市档案馆开展“档案宣传进基层”主题活动，工作人员参加政务访谈和电台效能建设热点访谈，介绍档案查询利用的渠道。\n\n市档案馆还在微信公众号上持续推出介绍档案工作的文章和视频，让更多市民了解身边的档案。',
  },
  {
    slug: 'zhangzhou-archive-stories-tv',
    branchCode: 'city',
    category: 'VIDEO',
    title: '漳州档案系列故事专题片',
    summary: '市档案馆与漳州电视台联合拍摄，用镜头讲述档案里的漳州故事。',
    body: '系列专题片由市档案馆与漳州电视台联合摄制，每集选取一组馆藏档案，讲述档案背后的人物与城市记忆。',
    source: '漳州市档案馆 · 漳州电视台',
  },
  {
    slug: 'qiaopi-compilation',
    branchCode: 'city',
    category: 'RESEARCH',
    title: '《漳州侨批与爱国华侨档案资料汇编》',
    summary: '系统整理馆藏侨批与华侨档案，为侨乡研究提供一手资料。',
    body: '汇编收录市档案馆征集和馆藏的侨批、华侨捐资兴学等档案资料，按主题分类整理并附释文，是了解漳州侨乡历史的重要参考。',
  },
  {
    slug: 'poverty-alleviation-record',
    branchCode: 'city',
    category: 'RESEARCH',
    title: '《漳州市脱贫攻坚工作档案实录（2016—2020年）》',
    summary: '翔实留存漳州打赢脱贫攻坚战的历史记录。',
    body: '市档案馆扎实推进脱贫攻坚档案的收集整理，全面留存全市打赢脱贫攻坚战的史料，并编成档案实录出版。',
  },
  {
    slug: 'special-collections',
    branchCode: 'city',
    category: 'STORY',
    title: '迁台记忆、侨批、向东渠：特色档案征集进行时',
    summary: '实地调研、走访民间收藏家、接受捐赠，一批珍贵档案进馆。',
    body: '市档案馆持续开展迁台记忆、侨批、向东渠引水工程等特色档案的征集工作。\n\n通过实地调研、与民间收藏家座谈和接受社会捐赠等常态化机制，一批珍贵档案陆续进馆。欢迎持有相关档案的市民与档案馆联系。',
  },
  {
    slug: 'village-archives',
    branchCode: null,
    category: 'NEWS',
    title: '探索“村档乡管”，规范村级档案管理',
    summary: '县区档案部门指导乡镇统一管理村级档案，服务乡村振兴。',
    body: '全市11个县区档案部门积极探索“村档乡管”模式，由乡镇统一保管和指导村级档案，进一步规范村级档案管理。',
  },
  {
    slug: 'archive-safety',
    branchCode: 'city',
    category: 'NEWS',
    title: '人防、物防、技防三位一体守护档案安全',
    summary: '责任落实到科室、岗位和个人，实体档案与数字档案一并守护。',
    body: '市档案馆按照“谁主管、谁负责、谁实施、谁担责”的原则，把档案安全责任落实到科室、岗位和个人，构建人防、物防、技防三位一体的安全防范体系。',
  },
];

/** Tuesday to Sunday, four sessions a day (Mondays closed by the default policy). */
export const demoSlotPlan = [2, 3, 4, 5, 6, 7].flatMap((weekday) =>
  [
    ['09:00', '10:30'],
    ['10:30', '12:00'],
    ['14:30', '16:00'],
    ['16:00', '17:30'],
  ].map(([startTime, endTime]) => ({ weekday, startTime, endTime, capacity: 40, walkinQuota: 5, groupQuota: 30 })),
);
