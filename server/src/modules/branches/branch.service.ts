// Archive branches: the city archive and the archives of its 11 counties and districts.
import type { BranchRow } from './branch.repository';

export interface Branch {
  id: number;
  code: string;
  name: string;
  shortName: string;
  kind: 'CITY' | 'COUNTY';
  address: string | null;
  phone: string | null;
  openingHours: string | null;
}

export function toBranch(row: BranchRow): Branch {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind as Branch['kind'],
    address: row.address,
    phone: row.phone,
    openingHours: row.opening_hours,
  };
}

/** Reference data: the 12 archives. Addresses and phones are filled in by staff, not invented here. */
export const ARCHIVE_BRANCHES: ReadonlyArray<Pick<Branch, 'code' | 'name' | 'shortName' | 'kind'>> = [
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
];
