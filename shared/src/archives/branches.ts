// The 12 archives of Zhangzhou as data every side needs: the seed inserts them, receipt numbers carry their
// abbreviation, and the lookup form suggests one from a place name. Addresses and phones are filled in by
// staff, not invented here.

export interface ArchiveBranchFacts {
  /** The stable code the database and the API use ('city', 'longhai', …). */
  code: string;
  name: string;
  shortName: string;
  kind: 'CITY' | 'COUNTY';
  /**
   * Printed in receipt numbers and certificate serials after the system prefix (ZZDA-LH-20261124-0007 is
   * 龙海's seventh receipt of that day): pinyin initials of the county or district.
   */
  abbreviation: string;
  /**
   * Places whose records this archive holds, as citizens write them: the county or district and its former
   * or seat names (龙海 was a county-level city until 2021, 长泰 a county). Only names that no other archive's
   * place contains, so a match is never ambiguous.
   */
  places: readonly string[];
}

export const ARCHIVE_BRANCHES = [
  {
    code: 'city',
    name: '漳州市档案馆',
    shortName: '市档案馆',
    kind: 'CITY',
    abbreviation: 'SJ',
    places: ['漳州市直', '市直机关'],
  },
  {
    code: 'xiangcheng',
    name: '芗城区档案馆',
    shortName: '芗城区',
    kind: 'COUNTY',
    abbreviation: 'XC',
    places: ['芗城'],
  },
  { code: 'longwen', name: '龙文区档案馆', shortName: '龙文区', kind: 'COUNTY', abbreviation: 'LW', places: ['龙文'] },
  {
    code: 'longhai',
    name: '龙海区档案馆',
    shortName: '龙海区',
    kind: 'COUNTY',
    abbreviation: 'LH',
    places: ['龙海', '石码', '海澄', '角美'],
  },
  { code: 'changtai', name: '长泰区档案馆', shortName: '长泰区', kind: 'COUNTY', abbreviation: 'CT', places: ['长泰'] },
  {
    code: 'zhangpu',
    name: '漳浦县档案馆',
    shortName: '漳浦县',
    kind: 'COUNTY',
    abbreviation: 'ZP',
    places: ['漳浦', '绥安', '古雷'],
  },
  { code: 'yunxiao', name: '云霄县档案馆', shortName: '云霄县', kind: 'COUNTY', abbreviation: 'YX', places: ['云霄'] },
  { code: 'zhaoan', name: '诏安县档案馆', shortName: '诏安县', kind: 'COUNTY', abbreviation: 'ZA', places: ['诏安'] },
  { code: 'dongshan', name: '东山县档案馆', shortName: '东山县', kind: 'COUNTY', abbreviation: 'DS', places: ['东山'] },
  { code: 'nanjing', name: '南靖县档案馆', shortName: '南靖县', kind: 'COUNTY', abbreviation: 'NJ', places: ['南靖'] },
  { code: 'pinghe', name: '平和县档案馆', shortName: '平和县', kind: 'COUNTY', abbreviation: 'PH', places: ['平和'] },
  { code: 'huaan', name: '华安县档案馆', shortName: '华安县', kind: 'COUNTY', abbreviation: 'HA', places: ['华安'] },
] as const satisfies readonly ArchiveBranchFacts[];

export type ArchiveBranchCode = (typeof ARCHIVE_BRANCHES)[number]['code'];

/** The facts of an archive by its code, or undefined for a code that is not one of the 12. */
export function archiveBranchByCode(code: string): ArchiveBranchFacts | undefined {
  return ARCHIVE_BRANCHES.find((b) => b.code === code);
}

/** The abbreviation numbers carry for an archive code (two letters of the code for one not among the 12). */
export function archiveAbbreviationOf(code: string): string {
  return archiveBranchByCode(code)?.abbreviation ?? code.slice(0, 2).toUpperCase();
}
