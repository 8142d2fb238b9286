// Demo content for the embedded database, written from the facts of the China Archives News report on
// the Zhangzhou archives (2022-08-23). Dates are relative to the day of seeding so the demo stays current.
// Pictures are placeholders drawn by seed/placeholder-images.ts, named here by theme.
import type { ArticleCategory, ContentBlock } from '@zz/shared';
import type { PlaceholderTheme } from './placeholder-images';

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
  /** The online exhibition (demoOnlineExhibitions) that is its online version. */
  onlineExhibitionSlug?: string;
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
    onlineExhibitionSlug: 'qiaopi-archives-online',
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
    onlineExhibitionSlug: 'precious-physical-archives-online',
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
    onlineExhibitionSlug: 'qiaopi-archives-online',
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

// ---- online exhibitions ----------------------------------------------------------------------------------

/** A placeholder picture: the theme drawn (seed/placeholder-images.ts) and which variant of it. */
export type DemoImage = readonly [theme: PlaceholderTheme, variant?: number];

export interface DemoOnlineExhibit {
  title: string;
  caption: string;
  description: string;
  /** 档号: 全宗号-目录号-案卷号 */
  archiveRef: string;
  holdingBranchCode: string;
  period: string;
  images: readonly DemoImage[];
}

export interface DemoOnlineExhibition {
  slug: string;
  branchCode: string;
  title: string;
  subtitle: string;
  intro: string;
  cover: DemoImage;
  publishedDaysAgo: number;
  exhibits: readonly DemoOnlineExhibit[];
}

export const demoOnlineExhibitions: DemoOnlineExhibition[] = [
  {
    slug: 'qiaopi-archives-online',
    branchCode: 'city',
    title: '侨批档案网上展',
    subtitle: '一纸侨批 · 两地相思',
    intro:
      '侨批是海外华侨寄回家乡、信款合一的家书与汇款凭证，闽南人习惯称之为“批”或“银信”。漳州是著名侨乡，清末至二十世纪五十年代，一封封侨批经水客、批局辗转南洋与故里之间，维系着千万个家庭的生计与亲情。\n\n本展选取市档案馆及龙海、漳浦、诏安、东山等县（区）档案馆征集和接受捐赠的侨批档案，按“寄批”“汇款”“回批”“家国”四个线索排列。每件展品均附档号、年代和馆藏单位，欢迎海内外侨胞和研究者在线查阅、转发分享。',
    cover: ['envelope', 0],
    publishedDaysAgo: 20,
    exhibits: [
      {
        title: '菲律宾寄龙海石码批封',
        caption: '红条封居中书写收批人，右上角贴菲律宾邮票',
        description:
          '这件批封由旅居菲律宾马尼拉的侨胞寄往龙海石码，信封正中的红色竖条写着收批人姓名和住址，是闽南侨批最常见的样式。封面加盖了马尼拉批局的戳记，可以看出它先由批局收寄、再经厦门转递到石码。信封背面注明“外附国币贰拾元”，说明这是一封信款同寄的侨批。',
        archiveRef: '0035-001-0012',
        holdingBranchCode: 'longhai',
        period: '1920年代',
        images: [
          ['envelope', 0],
          ['envelope', 1],
        ],
      },
      {
        title: '寄妻家书一通',
        caption: '竖行红格信笺，叮嘱家人“勿以我为念”',
        description:
          '随批附寄的家书写在竖行红格信笺上，共两页。写信人向妻子交代这次汇款的用途：一部分奉养双亲，一部分给孩子交学费，其余留作家用。信末一句“勿以我为念，家中诸事全赖贤妻”，道出了侨胞远在异乡、心系家中的牵挂。',
        archiveRef: '0035-001-0027',
        holdingBranchCode: 'city',
        period: '民国十九年（1930）',
        images: [['letter', 0]],
      },
      {
        title: '批局汇款收据',
        caption: '批局出具的汇款凭单，钤有批局印章',
        description:
          '汇款人在批局交款后，会拿到一张这样的凭单，上面写明收款人、金额和批号，并钤盖批局印章作为凭据。凭单与批信编号一一对应，是研究侨批经营方式和侨汇数额的重要实物。',
        archiveRef: '0035-002-0103',
        holdingBranchCode: 'city',
        period: '1930年代',
        images: [['remittance', 0]],
      },
      {
        title: '漳浦侨眷回批',
        caption: '侨眷收款后寄回南洋的回批，报平安、述家事',
        description:
          '侨眷收到批款后，要在批局送来的回批纸上写下回信，由批局带回南洋交给寄批人，这就是“回批”。这件回批出自漳浦一位侨眷之手，信中报告批款已经收妥，老人身体康健，田里的番薯收成不错。回批让海外游子确认钱款安全到家，也是两地书信往来的另一半。',
        archiveRef: '0041-001-0008',
        holdingBranchCode: 'zhangpu',
        period: '1940年代',
        images: [['letter', 1]],
      },
      {
        title: '新加坡寄诏安批封',
        caption: '封背写有“批银拾元”，附批局编号',
        description:
          '这封侨批从新加坡寄往诏安，封背用毛笔写着“批银拾元”，左下角有批局的编号。诏安地处闽粤交界，许多侨胞经汕头口岸往来，这件批封上的转运戳记正好记录了这条路线。',
        archiveRef: '0052-001-0031',
        holdingBranchCode: 'zhaoan',
        period: '1930年代',
        images: [['envelope', 2]],
      },
      {
        title: '东山渔村侨批一组',
        caption: '同一家人十余年间收到的批封，按时间排列',
        description:
          '这组批封来自东山岛上的一个渔村家庭，前后跨越十余年。把它们按时间排开，可以看到批款数额的起落，也能看到寄批人从年轻水手到店铺主人的变化。这类成组保存的侨批，能够完整呈现一个侨户家庭的生活史，是征集工作中特别珍视的。',
        archiveRef: '0057-003-0015',
        holdingBranchCode: 'dongshan',
        period: '1930—1940年代',
        images: [
          ['envelope', 1],
          ['stamp', 0],
        ],
      },
      {
        title: '侨批上的邮票与戳记',
        caption: '多国邮票和邮戳记录了侨批的转运路线',
        description:
          '侨批后期多通过邮政寄递，批封上因此留下了各国邮票和不同局所的邮戳。从发寄地、中转地到投递地，这些戳记像一张路线图，让今天的读者能够追踪一封侨批走过的路程。',
        archiveRef: '0035-004-0066',
        holdingBranchCode: 'city',
        period: '1940年代',
        images: [['stamp', 0]],
      },
      {
        title: '捐资兴学侨批',
        caption: '侨胞寄回款项，用于修建家乡小学校舍',
        description:
          '除了赡养家眷，不少侨胞还通过侨批寄回款项，支持家乡办学、修桥、铺路。这封侨批附有一份捐款名单，记录了同乡侨胞合力捐资修建小学校舍的经过。类似的档案在《漳州侨批与爱国华侨档案资料汇编》中有专门的篇章。',
        archiveRef: '0035-005-0009',
        holdingBranchCode: 'city',
        period: '1950年代',
        images: [
          ['letter', 0],
          ['document', 0],
        ],
      },
      {
        title: '抗战时期侨胞家书',
        caption: '信中关切家乡安危，附寄款项支援',
        description:
          '抗日战争期间，海外侨胞心系祖国，在家书中询问家乡的情形，并嘱咐家人把部分批款用于支援。这件家书字迹急切，反映出侨胞与祖国同呼吸、共命运的家国情怀。',
        archiveRef: '0035-001-0088',
        holdingBranchCode: 'longhai',
        period: '民国二十七年（1938）',
        images: [['letter', 0]],
      },
      {
        title: '侨汇证明书',
        caption: '新中国成立后侨眷凭以领取侨汇物资的证明',
        description:
          '二十世纪五十年代，国家为侨眷办理侨汇业务，并发给相应的证明。侨眷可以凭证明领取侨汇，或在供应紧张时购买部分物资。这件证明书是侨批从民间经营走向国家统一管理的见证。',
        archiveRef: '0035-006-0021',
        holdingBranchCode: 'city',
        period: '1950年代',
        images: [['certificate', 1]],
      },
    ],
  },
  {
    slug: 'precious-physical-archives-online',
    branchCode: 'city',
    title: '漳州市珍贵实物档案网上展',
    subtitle: '方寸实物 · 城市记忆',
    intro:
      '实物档案是历史活动中直接形成的证书、印章、票证、奖章等物品，它们不仅记录事实，本身就是历史的见证。市档案馆通过实地调研、走访民间收藏家和接受社会捐赠，持续征集珍贵实物档案进馆。\n\n本展遴选其中有代表性的藏品，配以说明，在线呈现档案“存凭、留史、资政、育人”的价值。线下展览即将在市档案馆开展，届时欢迎预约参观。',
    cover: ['seal', 0],
    publishedDaysAgo: 6,
    exhibits: [
      {
        title: '土地房产所有证',
        caption: '土地改革时期颁发的土地房产所有证',
        description:
          '这张所有证记载了户主姓名、田地坐落、亩数和四至，加盖县人民政府印章。它是土地改革的直接凭证，直到今天，这类证书仍是处理历史遗留产权问题时的重要依据，体现了档案“存凭”的作用。',
        archiveRef: '0001-002-0034',
        holdingBranchCode: 'city',
        period: '1951年',
        images: [['certificate', 0]],
      },
      {
        title: '县人民政府旧印',
        caption: '二十世纪五十年代县人民政府使用的木质印章',
        description:
          '这枚木质印章随机构撤并移交档案馆保存，印面已有磨损。印章是机关行使职权的凭证，与盖有同一印文的文件相互印证，可以帮助研究者判断文件的形成时间和真伪。',
        archiveRef: '0003-001-0002',
        holdingBranchCode: 'zhangpu',
        period: '1950年代',
        images: [
          ['seal', 0],
          ['document', 1],
        ],
      },
      {
        title: '粮票与布票',
        caption: '计划经济年代居民凭票购粮、购布',
        description:
          '从二十世纪五十年代中期到九十年代初，居民购买粮食、布匹等生活必需品需要凭票。这组票证有全国通用粮票，也有地方粮票和布票，面额从半市斤到十市斤不等。一张张小小的票证，记录了几代人精打细算过日子的记忆。',
        archiveRef: '0210-001-0145',
        holdingBranchCode: 'city',
        period: '1960—1980年代',
        images: [['coupon', 0]],
      },
      {
        title: '劳动模范奖章',
        caption: '颁发给本市劳动模范的奖章及证书',
        description:
          '这枚奖章由一位老劳动模范的家属捐赠，与之一同进馆的还有获奖证书和当年的表彰材料。奖章的绶带已经褪色，但它承载的奋斗精神仍然鲜活，是开展爱国主义教育的生动教材。',
        archiveRef: '0208-003-0017',
        holdingBranchCode: 'city',
        period: '1959年',
        images: [
          ['medal', 0],
          ['certificate', 0],
        ],
      },
      {
        title: '向东渠建设工地奖状',
        caption: '向东渠引水工程建设期间颁发的奖状',
        description:
          '向东渠是二十世纪七十年代漳州兴建的大型引水工程，数万名群众参与建设。这张奖状颁发给工地上的先进集体，纸面上的红色印章依然清晰。市档案馆持续征集向东渠工程的特色档案，这是其中的一件。',
        archiveRef: '0120-002-0006',
        holdingBranchCode: 'city',
        period: '1970年代',
        images: [['certificate', 1]],
      },
      {
        title: '侨属户口登记证',
        caption: '侨属家庭的户口登记证，注明海外亲属情况',
        description:
          '这件登记证登记了家庭成员和海外亲属的情况，是研究侨乡人口流动的原始材料。它和侨批档案相互印证，帮助我们还原一个侨户家庭在两地之间的生活。',
        archiveRef: '0152-001-0040',
        holdingBranchCode: 'longhai',
        period: '1950年代',
        images: [['document', 1]],
      },
      {
        title: '老照片：新中国成立初期的街景',
        caption: '骑楼老街的旧照，由市民捐赠',
        description:
          '这张老照片拍摄于新中国成立初期，画面中是漳州城区的骑楼老街。照片由一位市民整理家中旧物时发现并捐赠给档案馆。照片档案直观地记录了城市风貌的变化。',
        archiveRef: '0300-001-0058',
        holdingBranchCode: 'city',
        period: '1950年代',
        images: [
          ['photo', 0],
          ['photo', 1],
        ],
      },
      {
        title: '邮票首日封',
        caption: '反映本地建设成就的纪念邮票首日封',
        description:
          '首日封是在邮票发行首日贴票并加盖当日邮戳的信封。这枚首日封上的纪念邮票以本地建设成就为题材，由集邮爱好者捐赠。邮票方寸之间，记录了一个时代的重大事件。',
        archiveRef: '0300-004-0012',
        holdingBranchCode: 'zhaoan',
        period: '1980年代',
        images: [['stamp', 0]],
      },
      {
        title: '脱贫攻坚驻村工作日志',
        caption: '驻村第一书记手写的工作日志',
        description:
          '这本工作日志记录了驻村第一书记走访贫困户、落实帮扶措施的点点滴滴，与脱贫攻坚的文书、照片档案一起，全面留存了漳州打赢脱贫攻坚战的翔实史料。它与《漳州市脱贫攻坚工作档案实录（2016—2020年）》一起，为后人留下第一手记录。',
        archiveRef: '0415-001-0203',
        holdingBranchCode: 'pinghe',
        period: '2016—2020年',
        images: [
          ['book', 1],
          ['document', 0],
        ],
      },
    ],
  },
];

// ---- articles --------------------------------------------------------------------------------------------

/**
 * A block of a demo article: the shared ContentBlock, but an image names a placeholder picture (stored when the
 * seed runs) and an exhibit names an online exhibit by its exhibition and position.
 */
export type DemoBlock =
  | Exclude<ContentBlock, { kind: 'IMAGE' | 'EXHIBIT' }>
  | { kind: 'IMAGE'; image: DemoImage; alt: string; caption: string }
  | { kind: 'EXHIBIT'; exhibitionSlug: string; position: number; caption: string };

export interface DemoArticle {
  slug: string;
  branchCode: string | null;
  category: ArticleCategory;
  title: string;
  summary: string;
  body: readonly DemoBlock[];
  cover: DemoImage;
  tags: readonly string[];
  pinned?: boolean;
  featured?: boolean;
  author?: string;
  source?: string;
  /** VIDEO: an https URL and the poster picture. */
  videoUrl?: string;
  videoPoster?: DemoImage;
  /** The on-site exhibition it belongs to (预约参观). */
  exhibitionSlug?: string;
}

const h2 = (text: string): DemoBlock => ({ kind: 'HEADING', level: 2, text });
const h3 = (text: string): DemoBlock => ({ kind: 'HEADING', level: 3, text });
const p = (html: string): DemoBlock => ({ kind: 'PARAGRAPH', html });
const quote = (html: string): DemoBlock => ({ kind: 'QUOTE', html });
const ul = (...items: string[]): DemoBlock => ({ kind: 'LIST', ordered: false, items });
const ol = (...items: string[]): DemoBlock => ({ kind: 'LIST', ordered: true, items });
const figure = (image: DemoImage, caption: string): DemoBlock => ({ kind: 'IMAGE', image, alt: caption, caption });
const table = (header: string[], rows: string[][]): DemoBlock => ({ kind: 'TABLE', header, rows });
const exhibit = (exhibitionSlug: string, position: number, caption: string): DemoBlock => ({
  kind: 'EXHIBIT',
  exhibitionSlug,
  position,
  caption,
});

const CITY_ARCHIVE = '漳州市档案馆';
const VIDEO_BASE = 'https://media.example.com/zzda/video';

/** Newest first: the seed dates them a few days apart in this order. */
export const demoArticles: DemoArticle[] = [
  {
    slug: 'archive-without-walls',
    branchCode: 'city',
    category: 'NEWS',
    title: '打造“没有围墙的档案馆”',
    summary: '办展览、出汇编、拍纪录片，市档案馆让馆藏档案走出库房、走近市民。',
    cover: ['hall', 0],
    tags: ['档案开放', '展览', '编研'],
    pinned: true,
    featured: true,
    author: '市档案馆宣传科',
    source: CITY_ARCHIVE,
    body: [
      p(
        '档案不只是库房里的卷宗。近年来，市档案馆以重大活动、重要节庆为契机，<strong>办展览、出汇编、拍纪录片</strong>，让沉睡的馆藏“活”起来，努力打造一座“没有围墙的档案馆”。',
      ),
      h2('展览：把档案请进展厅'),
      p(
        '主题档案文献展、漳州外事礼品展、珍贵实物档案展和侨批档案展陆续筹办。线下展厅实行实名预约，市民可以直接在本小程序选择场次；侨批档案和珍贵实物档案还推出了<em>网上展厅</em>，足不出户也能看展。',
      ),
      figure(['hall', 0], '市档案馆展厅一角（示意图）'),
      h2('编研：把档案编成书'),
      p('围绕脱贫攻坚、侨批与华侨等主题，市档案馆系统整理馆藏，推出了一批编研成果：'),
      ul(
        '《漳州市脱贫攻坚工作档案实录（2016—2020年）》',
        '《漳州侨批与爱国华侨档案资料汇编》',
        '“档案里的漳州”系列读本',
      ),
      h2('影像：把档案拍成片'),
      p('市档案馆与漳州电视台联合拍摄漳州档案系列故事专题片，用镜头讲述档案背后的人和事。'),
      quote('档案工作要让更多人看得见、用得上、愿意读。'),
      p('欢迎关注本小程序的“档案资讯”，第一时间了解展览和新书消息。'),
    ],
  },
  {
    slug: 'qiaopi-what-is',
    branchCode: 'city',
    category: 'QIAOPI',
    title: '侨批是什么？一封“银信”的万里旅程',
    summary: '信款合一的侨批，经水客、批局辗转南洋与故里，是侨乡最珍贵的家书。',
    cover: ['envelope', 0],
    tags: ['侨批', '华侨', '家书'],
    featured: true,
    author: '侨批档案整理组',
    source: CITY_ARCHIVE,
    exhibitionSlug: 'qiaopi-letters',
    body: [
      p(
        '在闽南话里，“批”就是信。<strong>侨批</strong>是海外华侨寄回家乡、<em>信与款合在一起</em>的特殊家书，所以又被称作“银信”。',
      ),
      h2('一封侨批怎样回到家'),
      ol(
        '侨胞在南洋把钱款和家书交给批局或水客；',
        '批局登记编号、汇总款项，经厦门、汕头等口岸转递；',
        '国内批局派“批脚”把钱和信送到侨眷手中；',
        '侨眷写好回批，再由批局带回海外。',
      ),
      figure(['envelope', 1], '侨批信封正中的红条上写着收批人姓名（示意图）'),
      exhibit('qiaopi-archives-online', 0, '网上展厅展品：菲律宾寄龙海石码批封'),
      h2('为什么侨批值得保存'),
      p('一封侨批，记录着侨汇的数额与路线，也记录着一个家庭的悲欢。它既是经济史料，也是社会史、家庭史的第一手材料。'),
      quote('勿以我为念，家中诸事全赖贤妻。——一封批信中的叮嘱'),
      p('市档案馆正持续征集侨批档案。家中若有侨批，欢迎与档案馆联系捐赠或寄存。'),
    ],
  },
  {
    slug: 'qiaopi-exhibition-opens',
    branchCode: 'city',
    category: 'EXHIBITION',
    title: '侨批档案展开展，网上展厅同步上线',
    summary: '线下展区展出数十件侨批原件，网上展厅提供高清图像与解读。',
    cover: ['stamp', 0],
    tags: ['侨批', '展览', '网上展厅'],
    featured: true,
    source: CITY_ARCHIVE,
    exhibitionSlug: 'qiaopi-letters',
    body: [
      p('“一封家书 · 一份侨汇 · 一段乡愁”——侨批档案展在市档案馆一楼侨批展区开展。'),
      h2('看点'),
      ul(
        '批封、批信、回批与汇款凭单成组展出；',
        '龙海、漳浦、诏安、东山等县（区）档案馆的侨批首次集中亮相；',
        '每件展品附档号、年代和馆藏单位，方便研究者查考。',
      ),
      figure(['letter', 0], '展出的竖行红格批信（示意图）'),
      h2('参观须知'),
      table(
        ['项目', '说明'],
        [
          ['开放时间', '周二至周日 9:00—17:30（周一闭馆）'],
          ['预约方式', '本小程序“预约参观”，实名登记'],
          ['每个预约', '最多5人'],
          ['费用', '免费'],
        ],
      ),
      p('来不及到馆的朋友，可以进入<strong>侨批档案网上展</strong>，逐件浏览展品的高清图像。'),
    ],
  },
  {
    slug: 'precious-archives-preview',
    branchCode: 'city',
    category: 'EXHIBITION',
    title: '珍贵实物档案展即将开展，网上展先睹为快',
    summary: '证书、印章、票证、奖章……一批珍贵实物档案即将首次集中展出。',
    cover: ['medal', 0],
    tags: ['实物档案', '展览'],
    source: CITY_ARCHIVE,
    exhibitionSlug: 'precious-physical-archives',
    body: [
      p('漳州市珍贵实物档案展将在市档案馆二楼临时展厅开展。展览遴选历年征集进馆的实物档案，分为四个单元：'),
      ol(
        '凭证：土地房产所有证、户口登记证等；',
        '印信：机关旧印与公文；',
        '票证：粮票、布票等生活票证；',
        '荣誉：奖章、奖状与证书。',
      ),
      figure(['coupon', 0], '展品中的生活票证（示意图）'),
      p('开展前，<em>网上展</em>已先行上线，读者可以提前浏览展品和说明。开展后，可在本小程序预约参观。'),
    ],
  },
  {
    slug: 'theme-exhibition-preview',
    branchCode: 'city',
    category: 'EXHIBITION',
    title: '主题档案文献展：以档案讲述城市发展',
    summary: '文书、照片与实物档案，回望漳州建设现代化滨海城市的奋斗足迹。',
    cover: ['document', 0],
    tags: ['主题展', '展览'],
    source: CITY_ARCHIVE,
    exhibitionSlug: 'theme-archives-documents',
    body: [
      p('主题档案文献展以时间为线索，分“初心”“奋斗”“振兴”三个单元，展出馆藏文书档案、老照片和实物档案。'),
      figure(['photo', 0], '展出的老照片（示意图）'),
      h2('特别展区'),
      p('展览设置脱贫攻坚与疫情防控“两类档案”专区，展出具有代表性的原件，以及党和国家领导人来漳视察调研的珍贵影像。'),
      quote('让档案说话，让历史发声。'),
    ],
  },
  {
    slug: 'foreign-affairs-gifts-story',
    branchCode: 'city',
    category: 'EXHIBITION',
    title: '外事礼品展：方寸之间的友谊见证',
    summary: '侨乡漳州与世界往来的礼品档案，件件都有故事。',
    cover: ['hall', 0],
    tags: ['外事礼品', '展览'],
    source: CITY_ARCHIVE,
    exhibitionSlug: 'foreign-affairs-gifts',
    body: [
      p(
        '外事礼品是对外交往的实物见证。漳州外事礼品展集中展示市档案馆收藏的外事礼品档案，并为每件礼品配以交往背景说明。',
      ),
      h3('为什么礼品也是档案'),
      p('按照规定，外事活动中接受的礼品要登记并移交保存。它们与活动的文书、照片一起，构成完整的外事档案。'),
      figure(['medal', 0], '礼品档案中的纪念章（示意图）'),
    ],
  },
  {
    slug: 'treasure-land-certificate',
    branchCode: 'city',
    category: 'TREASURE',
    title: '馆藏珍品｜一张土地房产所有证',
    summary: '七十多年前颁发的所有证，今天仍是确认产权的凭据。',
    cover: ['certificate', 0],
    tags: ['馆藏珍品', '实物档案', '土地改革'],
    author: '馆藏利用科',
    source: CITY_ARCHIVE,
    body: [
      p('这张土地房产所有证颁发于1951年，记载着户主姓名、田地坐落、亩数和四至，加盖县人民政府印章。'),
      figure(['certificate', 0], '土地房产所有证（示意图）'),
      h2('档案的“存凭”作用'),
      p(
        '不少市民到档案馆查档，就是为了查找这类证书的存根，用于处理房屋和土地的历史遗留问题。<strong>一张老证书，可能就是一个家庭产权的关键凭据。</strong>',
      ),
      quote('档案是历史的原始记录，也是群众权益的凭证。'),
      p('如需查询土地、房产类档案，可在本小程序“查档服务”在线申请。'),
    ],
  },
  {
    slug: 'treasure-ration-coupons',
    branchCode: 'city',
    category: 'TREASURE',
    title: '馆藏珍品｜票证里的日子',
    summary: '粮票、布票、油票……小小票证记录了几代人的生活。',
    cover: ['coupon', 0],
    tags: ['馆藏珍品', '票证', '生活史'],
    source: CITY_ARCHIVE,
    body: [
      p('从二十世纪五十年代中期到九十年代初，买粮、扯布、打油都离不开票证。市档案馆收藏了一批由市民捐赠的生活票证。'),
      figure(['coupon', 0], '馆藏粮票与布票（示意图）'),
      h2('馆藏票证一览'),
      table(
        ['种类', '常见面额', '用途'],
        [
          ['全国通用粮票', '半市斤至五市斤', '外出时购买粮食、糕点'],
          ['地方粮票', '一两至十市斤', '本地购粮'],
          ['布票', '一市寸至一市尺', '购买布匹、成衣'],
          ['油票', '一两至半市斤', '购买食用油'],
        ],
      ),
      p('1993年前后，粮油购销放开，票证逐渐退出日常生活，成为<em>一个时代的记忆</em>。'),
    ],
  },
  {
    slug: 'treasure-model-worker-medal',
    branchCode: 'city',
    category: 'TREASURE',
    title: '馆藏珍品｜一枚劳动模范奖章',
    summary: '褪色的绶带，鲜活的精神：老劳模家属捐赠奖章进馆。',
    cover: ['medal', 0],
    tags: ['馆藏珍品', '捐赠', '劳动模范'],
    source: CITY_ARCHIVE,
    body: [
      p('今年，一位老劳动模范的家属把珍藏多年的奖章和证书捐赠给市档案馆。'),
      figure(['medal', 0], '劳动模范奖章（示意图）'),
      p('与奖章一同进馆的，还有当年的表彰材料和几张工作照。档案人员为它们登记、编号，并在珍贵实物档案展中展出。'),
      ul('捐赠：家中的证书、奖章、老照片都可以捐赠或寄存；', '咨询：可到市档案馆服务窗口或拨打服务电话。'),
    ],
  },
  {
    slug: 'treasure-county-seal',
    branchCode: 'zhangpu',
    category: 'TREASURE',
    title: '馆藏珍品｜一枚县人民政府旧印',
    summary: '随机构撤并移交的旧印，与文件上的印文相互印证。',
    cover: ['seal', 0],
    tags: ['馆藏珍品', '印章'],
    source: '漳浦县档案馆',
    body: [
      p('漳浦县档案馆保存着一枚二十世纪五十年代的木质印章，印面已有明显磨损。'),
      figure(['seal', 0], '木质旧印与印文（示意图）'),
      p('印章是机关行使职权的凭证。研究者常把文件上的印文与实物对照，判断文件的形成时间和真伪。'),
    ],
  },
  {
    slug: 'special-collections',
    branchCode: 'city',
    category: 'STORY',
    title: '迁台记忆、侨批、向东渠：特色档案征集进行时',
    summary: '实地调研、走访民间收藏家、接受捐赠，一批珍贵档案进馆。',
    cover: ['document', 1],
    tags: ['档案征集', '侨批', '向东渠'],
    source: CITY_ARCHIVE,
    body: [
      p('市档案馆持续开展<strong>迁台记忆、侨批、向东渠引水工程</strong>等特色档案的征集工作。'),
      h2('怎样征集'),
      ul(
        '实地调研：到乡镇、村居了解档案线索；',
        '走访座谈：与民间收藏家交流，商谈捐赠或寄存；',
        '接受捐赠：为捐赠者颁发证书，妥善保管。',
      ),
      figure(['document', 1], '征集进馆的档案（示意图）'),
      p('欢迎持有相关档案的市民与档案馆联系，让家中的老物件成为城市共同的记忆。'),
    ],
  },
  {
    slug: 'xiangdong-canal-story',
    branchCode: 'city',
    category: 'STORY',
    title: '向东渠：一条水渠里的集体记忆',
    summary: '从工地奖状到施工日记，档案记录下数万人引水的岁月。',
    cover: ['certificate', 1],
    tags: ['向东渠', '档案故事'],
    author: '档案故事编写组',
    source: CITY_ARCHIVE,
    body: [
      p('二十世纪七十年代，漳州兴建向东渠引水工程，数万名群众参与建设。'),
      figure(['certificate', 1], '向东渠工地颁发的奖状（示意图）'),
      h2('档案里的工地'),
      p(
        '征集进馆的向东渠档案有工地奖状、施工日记、会议记录和老照片。施工日记里记着天气、工段和进度，也记着工友们的名字。',
      ),
      quote('那时候，大家挑着土筐上工地，一干就是一整天。——一位建设者的回忆'),
      p('市档案馆将继续征集向东渠档案，欢迎当年的建设者和家属提供线索。'),
    ],
  },
  {
    slug: 'poverty-archives-story',
    branchCode: 'pinghe',
    category: 'STORY',
    title: '一本驻村日志里的村庄变化',
    summary: '第一书记的手写日志，记下了一个山村脱贫的每一步。',
    cover: ['book', 1],
    tags: ['脱贫攻坚', '档案故事'],
    source: '平和县档案馆',
    body: [
      p('在平和县档案馆，保存着一本驻村第一书记的工作日志。'),
      p(
        '日志从入村第一天写起：走访了哪几户，谁家缺劳力，谁家孩子要上学……一页页读下来，能看到<em>一个山村脱贫的完整过程</em>。',
      ),
      figure(['book', 1], '驻村工作日志（示意图）'),
      p('这本日志和脱贫攻坚的文书、照片档案一起，已整理进馆，成为全市脱贫攻坚档案的一部分。'),
    ],
  },
  {
    slug: 'qiaopi-reply-letters',
    branchCode: 'zhangpu',
    category: 'QIAOPI',
    title: '回批：来自家乡的回音',
    summary: '侨眷收到批款后写下的回批，是侨批往来的另一半。',
    cover: ['letter', 1],
    tags: ['侨批', '回批'],
    source: '漳浦县档案馆',
    exhibitionSlug: 'qiaopi-letters',
    body: [
      p('侨眷收到批款，要在批局送来的回批纸上写下回信，再由批局带回南洋，这就是<strong>回批</strong>。'),
      exhibit('qiaopi-archives-online', 3, '网上展厅展品：漳浦侨眷回批'),
      p('回批往往很短：批款收到了，老人康健，孩子上学了，田里收成如何。寥寥数语，却让远方的游子安心。'),
      quote('批银收妥，家中平安，勿念。'),
    ],
  },
  {
    slug: 'qiaopi-donation-school',
    branchCode: 'city',
    category: 'QIAOPI',
    title: '侨批里的捐资兴学',
    summary: '一份附在侨批里的捐款名单，记录了侨胞合力建校的往事。',
    cover: ['letter', 0],
    tags: ['侨批', '华侨', '捐资兴学'],
    source: CITY_ARCHIVE,
    body: [
      p('侨批不只赡养家眷。许多侨胞通过侨批寄回款项，支持家乡<strong>办学、修桥、铺路</strong>。'),
      exhibit('qiaopi-archives-online', 7, '网上展厅展品：捐资兴学侨批'),
      h2('名单背后的乡情'),
      p('这份捐款名单列出了数十位同乡侨胞的名字和捐款数额，多的上百元，少的一两元。校舍建成后，村里在校门口立碑纪念。'),
      p('这类档案在《漳州侨批与爱国华侨档案资料汇编》中有专门的篇章。'),
    ],
  },
  {
    slug: 'qiaopi-collection-call',
    branchCode: 'longhai',
    category: 'QIAOPI',
    title: '龙海征集侨批档案，老批封有了新“家”',
    summary: '龙海区档案馆接受侨眷捐赠，一批批封和回批入藏。',
    cover: ['envelope', 2],
    tags: ['侨批', '档案征集'],
    source: '龙海区档案馆',
    body: [
      p('龙海是著名侨乡。近来，龙海区档案馆接受多户侨眷捐赠，一批批封、批信和回批入藏。'),
      figure(['envelope', 2], '捐赠入藏的批封（示意图）'),
      ul('捐赠的侨批将修复、数字化后保存；', '捐赠者可获得捐赠证书和数字化副本；', '部分侨批将在网上展厅展出。'),
    ],
  },
  {
    slug: 'qiaopi-compilation',
    branchCode: 'city',
    category: 'RESEARCH',
    title: '《漳州侨批与爱国华侨档案资料汇编》出版',
    summary: '系统整理馆藏侨批与华侨档案，为侨乡研究提供一手资料。',
    cover: ['book', 0],
    tags: ['编研成果', '侨批', '华侨'],
    source: CITY_ARCHIVE,
    body: [
      p('汇编收录市档案馆征集和馆藏的侨批、华侨捐资兴学等档案资料，按主题分类整理并附释文。'),
      h2('主要内容'),
      table(
        ['篇章', '收录内容'],
        [
          ['侨批篇', '批封、批信、回批与汇款凭单'],
          ['兴学篇', '华侨捐资办学的往来函件与名单'],
          ['桑梓篇', '侨胞支持家乡建设的档案'],
          ['人物篇', '爱国华侨的生平档案'],
        ],
      ),
      figure(['book', 0], '汇编书影（示意图）'),
      p('汇编可在市档案馆阅览室查阅。'),
    ],
  },
  {
    slug: 'poverty-alleviation-record',
    branchCode: 'city',
    category: 'RESEARCH',
    title: '《漳州市脱贫攻坚工作档案实录（2016—2020年）》编成',
    summary: '翔实留存漳州打赢脱贫攻坚战的历史记录。',
    cover: ['book', 1],
    tags: ['编研成果', '脱贫攻坚'],
    source: CITY_ARCHIVE,
    body: [
      p('市档案馆扎实推进脱贫攻坚档案的收集整理，全面留存全市打赢脱贫攻坚战的史料，并编成档案实录。'),
      h2('实录怎样编成'),
      ol(
        '收集：各县（区）、各部门移交脱贫攻坚档案；',
        '整理：按年度和专题分类，甄选代表性档案；',
        '编写：为每个专题撰写概述，附档案原文与图片。',
      ),
      figure(['document', 0], '实录收录的文书档案（示意图）'),
      quote('为后人留下一份翔实、可信的脱贫攻坚历史记录。'),
    ],
  },
  {
    slug: 'archives-zhangzhou-series',
    branchCode: 'city',
    category: 'RESEARCH',
    title: '“档案里的漳州”系列读本与读者见面',
    summary: '用通俗的文字和图片，讲述馆藏档案里的城市故事。',
    cover: ['book', 2],
    tags: ['编研成果', '档案里的漳州'],
    source: CITY_ARCHIVE,
    body: [
      p('“档案里的漳州”系列读本从馆藏中选取老照片、老文件和实物档案，<em>一图一文</em>讲述城市的变迁。'),
      figure(['photo', 1], '读本收录的老照片（示意图）'),
      p('读本面向普通读者，适合作为乡土教育读物。各县（区）档案馆有赠阅。'),
    ],
  },
  {
    slug: 'zhangzhou-archive-stories-tv',
    branchCode: 'city',
    category: 'VIDEO',
    title: '漳州档案系列故事专题片',
    summary: '市档案馆与漳州电视台联合拍摄，用镜头讲述档案里的漳州故事。',
    cover: ['film', 0],
    tags: ['视频', '专题片'],
    source: '漳州市档案馆 · 漳州电视台',
    videoUrl: `${VIDEO_BASE}/archive-stories-01.mp4`,
    videoPoster: ['film', 0],
    body: [
      p('系列专题片由市档案馆与漳州电视台联合摄制，每集选取一组馆藏档案，讲述档案背后的人物与城市记忆。'),
      ul('第一集：侨批里的家国', '第二集：向东渠的记忆', '第三集：票证里的日子'),
    ],
  },
  {
    slug: 'video-qiaopi-episode',
    branchCode: 'city',
    category: 'VIDEO',
    title: '视频｜侨批里的家国',
    summary: '跟随镜头走进侨批档案，听侨眷讲述一封封银信背后的故事。',
    cover: ['film', 0],
    tags: ['视频', '侨批'],
    source: '漳州市档案馆 · 漳州电视台',
    videoUrl: `${VIDEO_BASE}/qiaopi-episode.mp4`,
    videoPoster: ['envelope', 1],
    exhibitionSlug: 'qiaopi-letters',
    body: [
      p('本集走访龙海、漳浦的侨眷家庭，请他们讲述家中侨批的来历，并跟随档案人员了解侨批的修复与数字化。'),
      p('看完视频，不妨到侨批档案展现场，看看侨批原件。'),
    ],
  },
  {
    slug: 'video-archive-repair',
    branchCode: 'city',
    category: 'VIDEO',
    title: '视频｜档案修复师的一天',
    summary: '揭裱、补缺、压平……看修复师让破损的档案重获新生。',
    cover: ['film', 0],
    tags: ['视频', '档案修复'],
    source: CITY_ARCHIVE,
    videoUrl: `${VIDEO_BASE}/archive-repair.mp4`,
    videoPoster: ['letter', 0],
    body: [
      p('受潮、虫蛀、脆化，是纸质档案常见的病害。视频记录了修复师修复一封破损侨批的全过程。'),
      ol(
        '检测：记录破损情况，拍照存档；',
        '清洁与揭裱：去除污渍，分离粘连；',
        '补缺与加固：用相近的纸张补全缺损；',
        '压平与装具：压平后装入无酸档案盒。',
      ),
    ],
  },
  {
    slug: 'archives-to-grassroots',
    branchCode: 'city',
    category: 'NEWS',
    title: '“档案宣传进基层”主题活动走进社区',
    summary: '参加政务访谈、电台热点访谈，在微信公众号推出文章和视频，档案宣传走进千家万户。',
    cover: ['hall', 0],
    tags: ['档案宣传', '基层'],
    source: CITY_ARCHIVE,
    body: [
      p(
        '今年，市档案馆开展“档案宣传进基层”主题活动，工作人员参加政务访谈和电台效能建设热点访谈，介绍档案查询利用的渠道。',
      ),
      p('市档案馆还在微信公众号上持续推出介绍档案工作的<strong>文章和视频</strong>，让更多市民了解身边的档案。'),
      figure(['document', 1], '社区宣传活动现场发放的资料（示意图）'),
    ],
  },
  {
    slug: 'archive-craftsmen',
    branchCode: 'city',
    category: 'NEWS',
    title: '5人入选省级“档案专家”“档案工匠”名单',
    summary: '人人对标工匠、人人争当工匠，档案人才队伍建设取得新成效。',
    cover: ['certificate', 0],
    tags: ['人才队伍', '档案工匠'],
    source: CITY_ARCHIVE,
    body: [
      p(
        '近年来，全市档案系统共有<strong>5名同志</strong>入选福建省“档案专家”“档案工匠”名单，1篇论文获省档案学术年会二等奖。',
      ),
      p('市档案学会连续6年被评为学术年会论文“优秀组织单位”。'),
      quote('人人对标工匠、人人争当工匠。'),
    ],
  },
  {
    slug: 'village-archives',
    branchCode: null,
    category: 'NEWS',
    title: '探索“村档乡管”，规范村级档案管理',
    summary: '县区档案部门指导乡镇统一管理村级档案，服务乡村振兴。',
    cover: ['document', 0],
    tags: ['村档乡管', '乡村振兴'],
    body: [
      p('全市11个县区档案部门积极探索“村档乡管”模式，由乡镇统一保管和指导村级档案。'),
      ul('统一库房：乡镇集中保管村级档案；', '统一标准：按规范分类、整理和编目；', '统一利用：村民查档就近办理。'),
    ],
  },
  {
    slug: 'archive-safety',
    branchCode: 'city',
    category: 'NEWS',
    title: '人防、物防、技防三位一体守护档案安全',
    summary: '责任落实到科室、岗位和个人，实体档案与数字档案一并守护。',
    cover: ['seal', 0],
    tags: ['档案安全'],
    source: CITY_ARCHIVE,
    body: [
      p('市档案馆按照“谁主管、谁负责、谁实施、谁担责”的原则，把档案安全责任落实到科室、岗位和个人。'),
      h2('三道防线'),
      ul('人防：岗位责任与巡查制度；', '物防：库房温湿度控制与消防设施；', '技防：数字档案异地备份与安全监测。'),
    ],
  },
];

// ---- 编研成果 ---------------------------------------------------------------------------------------------

export interface DemoPublication {
  title: string;
  cover: DemoImage;
  abstract: string;
  year: number;
  obtain: string;
  branchCode: string | null;
  /** The demo article about it, if any. */
  articleSlug?: string;
}

const READING_ROOM_COPY = '市档案馆阅览室可查阅；各县（区）档案馆有赠阅';

export const demoPublications: DemoPublication[] = [
  {
    title: '《漳州侨批与爱国华侨档案资料汇编》',
    cover: ['book', 0],
    abstract:
      '汇编收录市档案馆征集和馆藏的侨批、回批、汇款凭单，以及华侨捐资兴学、支援家乡建设的往来函件，按侨批、兴学、桑梓、人物四篇分类整理，附释文与说明，是研究漳州侨乡历史和华侨爱国爱乡传统的一手资料。',
    year: 2022,
    obtain: '市档案馆阅览室可查阅；侨联及各县（区）档案馆有赠阅',
    branchCode: 'city',
    articleSlug: 'qiaopi-compilation',
  },
  {
    title: '《漳州市脱贫攻坚工作档案实录（2016—2020年）》',
    cover: ['book', 1],
    abstract:
      '实录依托全市各县（区）、各部门移交的脱贫攻坚档案，按年度和专题甄选代表性的文书、照片和音像档案，为每个专题撰写概述，翔实记录漳州打赢脱贫攻坚战的历程。',
    year: 2021,
    obtain: READING_ROOM_COPY,
    branchCode: 'city',
    articleSlug: 'poverty-alleviation-record',
  },
  {
    title: '《档案里的漳州》（第一辑）',
    cover: ['book', 2],
    abstract:
      '从馆藏中选取老照片、老文件和实物档案，一图一文讲述城市街巷、民俗与建设的变迁，文字通俗，适合作为乡土教育读物。',
    year: 2021,
    obtain: '各县（区）档案馆有赠阅；市档案馆服务窗口可免费领取（数量有限）',
    branchCode: 'city',
    articleSlug: 'archives-zhangzhou-series',
  },
  {
    title: '《漳州市大事记（2011—2020）》',
    cover: ['document', 0],
    abstract:
      '按年月日逐条记载2011年至2020年全市政治、经济、文化、社会等方面的大事和要事，条目均注明档案出处，便于查考。',
    year: 2021,
    obtain: READING_ROOM_COPY,
    branchCode: 'city',
  },
  {
    title: '《向东渠引水工程档案选编》',
    cover: ['certificate', 1],
    abstract:
      '选编向东渠引水工程建设期间形成的会议记录、施工日记、奖状和照片档案，辅以建设者口述回忆，再现数万人引水的岁月。',
    year: 2019,
    obtain: '市档案馆阅览室可查阅',
    branchCode: 'city',
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
