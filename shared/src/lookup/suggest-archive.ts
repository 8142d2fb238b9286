// Which archive probably holds a record, from the place the citizen names ("1975年下乡到平和县小溪公社"):
// the county or district named earliest in the text. Foreign-related marriages (registered by the city's
// civil affairs bureau, wherever the couple lived) and records of city-level bodies are the city archive's. A suggestion only:
// the citizen may pick another, or leave it 不详 for staff to route.
import { ARCHIVE_BRANCHES, type ArchiveBranchCode } from '../archives/branches';
import type { LookupRecordType } from './vocabularies';

export interface ArchiveSuggestion {
  code: ArchiveBranchCode;
  /** The words of the text the suggestion rests on, for the form to say why ("根据'平和'推荐"). */
  matched: string;
}

/** Longer than any sensible place description; a longer text is read only this far. */
const MAX_PLACE_TEXT = 500;

export function suggestHoldingBranch(recordType: LookupRecordType, placeText: string): ArchiveSuggestion | null {
  const text = placeText.slice(0, MAX_PLACE_TEXT);
  if (recordType === 'MARRIAGE' && text.includes('涉外')) return { code: 'city', matched: '涉外' };
  let best: { code: ArchiveBranchCode; matched: string; at: number } | null = null;
  for (const branch of ARCHIVE_BRANCHES) {
    if (branch.kind !== 'COUNTY') continue;
    for (const place of branch.places) {
      const at = text.indexOf(place);
      if (at >= 0 && (best === null || at < best.at)) best = { code: branch.code, matched: place, at };
    }
  }
  if (best) return { code: best.code, matched: best.matched };
  const city = ARCHIVE_BRANCHES[0];
  const cityWord = [...city.places, '漳州'].find((word) => text.includes(word));
  return cityWord ? { code: city.code, matched: cityWord } : null;
}
