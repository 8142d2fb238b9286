// 查档服务: the kinds of records people most often come to the archives for, and what to bring.
// Reference text for visitors; holdings differ between archives, so each entry says to confirm by phone.

export interface LookupService {
  key: string;
  name: string;
  description: string;
  materials: string;
}

export const LOOKUP_SERVICES: readonly LookupService[] = [
  {
    key: 'marriage',
    name: '婚姻登记档案',
    description: '结婚、离婚登记档案的查阅与证明出具。',
    materials: '当事人本人有效身份证件；代查需提供委托书及双方身份证件。',
  },
  {
    key: 'school',
    name: '学籍档案',
    description: '中小学、中等专业学校的学籍、毕业生名册等。',
    materials: '本人有效身份证件，并提供就读学校名称与在校年份。',
  },
  {
    key: 'employment',
    name: '工龄 / 招工档案',
    description: '招工、转正、调动等劳动工资档案，常用于退休工龄认定。',
    materials: '本人有效身份证件，并提供原工作单位与大致年份。',
  },
  {
    key: 'youth',
    name: '知青档案',
    description: '上山下乡知识青年的安置、返城等档案。',
    materials: '本人有效身份证件，并提供下乡地点与年份。',
  },
  {
    key: 'property',
    name: '房产档案',
    description: '历史房屋产权登记等档案（现行不动产登记请至不动产登记中心）。',
    materials: '产权人有效身份证件；代查需提供委托书及相关证明。',
  },
  {
    key: 'other',
    name: '其他档案',
    description: '婚育、兵役、公证、民生等其他馆藏档案。',
    materials: '本人有效身份证件及与查档事项相关的证明材料。',
  },
];
