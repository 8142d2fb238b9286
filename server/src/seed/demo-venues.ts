// Demonstration venue details for the 12 archives, so the pages show what citizens will see. They are examples,
// not facts: every row is marked is_example (citizens read "示例信息，以档案馆公布为准") until the archive's
// administrator saves the real values on the staff page 场馆信息, which clears the mark.
//
// Phones: only from the range reserved for fiction, +1 NPA-555-0100 to 555-0199 (NANPA, "555 NXX Assignment
// Guidelines": 555-0100 through 555-0199 are reserved for fictitious use). China publishes no such range, so any
// 0596-… number we made up could ring someone. Addresses name no real street (示例路). Coordinates are GCJ-02, near
// each county seat, not at the archive's door.
import { ARCHIVE_BRANCHES, type VenueHours } from '@zz/shared';
import type { Executor } from '../db/database';
import { insertMissingVenues } from '../modules/venues/venue.repository';

export const DEMO_VENUE_NOTE = '示例信息，以档案馆公布为准';

/** Tuesday to Sunday 8:30–17:30 with a lunch break; closed on Mondays, as the reading rooms' plans are. */
export const DEMO_VENUE_HOURS: VenueHours = {
  days: [null, ...Array.from({ length: 6 }, () => ({ open: '08:30', close: '17:30' }))],
  lunch: { start: '12:00', end: '14:30' },
  notes: `法定节假日闭馆，以公告为准。${DEMO_VENUE_NOTE}`,
};

/** Per archive code: the place name of the example address and coordinates near the county seat. */
const DEMO_PLACES: Record<string, { place: string; lat: number; lng: number }> = {
  city: { place: '漳州市芗城区', lat: 24.5106, lng: 117.6518 },
  xiangcheng: { place: '漳州市芗城区', lat: 24.5062, lng: 117.6573 },
  longwen: { place: '漳州市龙文区', lat: 24.5018, lng: 117.7149 },
  longhai: { place: '漳州市龙海区石码街道', lat: 24.4449, lng: 117.8231 },
  changtai: { place: '漳州市长泰区武安镇', lat: 24.6228, lng: 117.7641 },
  zhangpu: { place: '漳浦县绥安镇', lat: 24.1147, lng: 117.6189 },
  yunxiao: { place: '云霄县云陵镇', lat: 23.9553, lng: 117.3453 },
  zhaoan: { place: '诏安县南诏镇', lat: 23.7084, lng: 117.1803 },
  dongshan: { place: '东山县西埔镇', lat: 23.6985, lng: 117.4352 },
  nanjing: { place: '南靖县山城镇', lat: 24.5124, lng: 117.3622 },
  pinghe: { place: '平和县小溪镇', lat: 24.3612, lng: 117.3182 },
  huaan: { place: '华安县华丰镇', lat: 25.0013, lng: 117.5395 },
};

/** Inserts the example venue of each archive that has none yet; archives already edited by staff are left alone. */
export async function seedDemoVenues(
  db: Executor,
  now: number,
  branches: readonly { id: number; code: string }[],
): Promise<void> {
  const rows = branches.flatMap((branch) => {
    const place = DEMO_PLACES[branch.code];
    // Numbered in the archives' own order (the city archive first), whatever order the rows came in.
    const index = ARCHIVE_BRANCHES.findIndex((b) => b.code === branch.code);
    if (!place || index < 0) return [];
    return [
      {
        owner_kind: 'ARCHIVE' as const,
        owner_id: branch.id,
        address: `${place.place}示例路${index + 1}号（示例地址）`,
        // 555-0101 … 555-0112: inside NANPA's fictitious range (see above).
        phone: `+1 202-555-${String(101 + index).padStart(4, '0')}`,
        latitude_e6: Math.round(place.lat * 1_000_000),
        longitude_e6: Math.round(place.lng * 1_000_000),
        hours: JSON.stringify(DEMO_VENUE_HOURS),
        transport: `示例：乘公交至“档案馆”站下车步行约5分钟。${DEMO_VENUE_NOTE}`,
        entrance: '示例：从正门进入，一楼服务台出示预约电子票或身份证件。',
        accessibility: '示例：正门设无障碍坡道，馆内有无障碍电梯；门前设无障碍停车位2个。',
        is_example: 1,
        updated_by: null,
        updated_at: now,
      },
    ];
  });
  await insertMissingVenues(db, rows);
}
