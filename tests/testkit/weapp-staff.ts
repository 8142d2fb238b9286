// Staff in the fake WeChat host: a phone opened on the staff home and signed in through its form, as the weapp
// suites of the staff tools start.
import { afterAll } from 'vitest';
import { STAFF_PAGES } from '../../client/src/features/staff/routes';
import type { StaffSignedIn } from './seed';
import type { TestServer } from './server';
import { launchWeapp, type WeappHost } from './weapp-host/host';

/** A phone on the staff home page, signed in as `staff`; the caller closes it (keep it in the suite's list). */
export async function staffPhone(server: TestServer, staff: StaffSignedIn): Promise<WeappHost> {
  const host = await launchWeapp({
    serverUrl: server.url,
    now: () => server.clock.now(),
    entry: `/${STAFF_PAGES.home}`,
  });
  try {
    await host.page.type({ className: 'staff-sign-in__username' }, staff.username);
    await host.page.type({ className: 'staff-sign-in__password' }, staff.password);
    await host.page.tap({ className: 'staff-sign-in__submit' });
  } catch (error) {
    host.close();
    throw error;
  }
  return host;
}

/** For a suite: `signedIn(staff)` opens a staff phone; every phone opened is closed after the suite. */
export function useStaffPhones(server: () => TestServer): (staff: StaffSignedIn) => Promise<WeappHost> {
  const hosts: WeappHost[] = [];
  afterAll(() => {
    for (const host of hosts) host.close();
  });
  return async (staff) => {
    const host = await staffPhone(server(), staff);
    hosts.push(host);
    return host;
  };
}
