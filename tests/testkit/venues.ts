// Venue details for tests: the seed's example venues (as a demo database has them) and a valid form input.
import type { VenueFormInput } from '@zz/shared';
import { seedDemoVenues } from '../../server/src/seed/demo-venues';
import type { TestServer } from './server';

/** The 12 archives' example venues, inserted as the demo seed does (archives already saved are left alone). */
export async function seedExampleVenues(server: TestServer): Promise<void> {
  const branches = await server.db.selectFrom('branch').select(['id', 'code']).orderBy('sort_order').execute();
  await seedDemoVenues(server.db, server.clock.now(), branches);
}

/** Open Tuesday to Sunday 9:00–17:30 with lunch 12:00–14:30, closed on Mondays; overrides replace fields. */
export function venueInput(overrides: Partial<VenueFormInput> = {}) {
  return {
    address: '漳州市芗城区测试路8号',
    phone: '+1 202-555-0150',
    latitude: 24.51,
    longitude: 117.65,
    hours: {
      days: [
        { closed: true, open: null, close: null },
        ...Array.from({ length: 6 }, () => ({ closed: false, open: '09:00', close: '17:30' })),
      ],
      lunchStart: '12:00',
      lunchEnd: '14:30',
      notes: '春节假期闭馆',
    },
    transport: '乘1路公交至测试站',
    entrance: '东门进入',
    accessibility: '有无障碍坡道和电梯',
    ...overrides,
  };
}
