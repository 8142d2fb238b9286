// Reference data every database needs: the 12 archives. Inserted on every start when missing.
import type { Executor } from '../db/database';
import { insertMissingBranches } from '../modules/branches/branch.repository';

/** Addresses and phones are filled in by staff, not invented here. */
export const ARCHIVE_BRANCHES = [
  { code: 'city', name: '漳州市档案馆', shortName: '市档案馆', kind: 'CITY' },
  { code: 'xiangcheng', name: '芗城区档案馆', shortName: '芗城区', kind: 'COUNTY' },
  { code: 'longwen', name: '龙文区档案馆', shortName: '龙文区', kind: 'COUNTY' },
  { code: 'longhai', name: '龙海区档案馆', shortName: '龙海区', kind: 'COUNTY' },
  { code: 'changtai', name: '长泰区档案馆', shortName: '长泰区', kind: 'COUNTY' },
  { code: 'zhangpu', name: '漳浦县档案馆', shortName: '漳浦县', kind: 'COUNTY' },
  { code: 'yunxiao', name: '云霄县档案馆', shortName: '云霄县', kind: 'COUNTY' },
  { code: 'zhaoan', name: '诏安县档案馆', shortName: '诏安县', kind: 'COUNTY' },
  { code: 'dongshan', name: '东山县档案馆', shortName: '东山县', kind: 'COUNTY' },
  { code: 'nanjing', name: '南靖县档案馆', shortName: '南靖县', kind: 'COUNTY' },
  { code: 'pinghe', name: '平和县档案馆', shortName: '平和县', kind: 'COUNTY' },
  { code: 'huaan', name: '华安县档案馆', shortName: '华安县', kind: 'COUNTY' },
] as const;

export async function seedReferenceData(db: Executor): Promise<void> {
  await insertMissingBranches(
    db,
    ARCHIVE_BRANCHES.map((b, index) => ({
      code: b.code,
      name: b.name,
      short_name: b.shortName,
      kind: b.kind,
      sort_order: index,
      opening_hours: '周二至周日 8:30–12:00，14:30–17:30（周一闭馆）',
    })),
  );
}
