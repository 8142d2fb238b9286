// Which databases the integration suites run against: SQLite always, MySQL/MariaDB when MYSQL_URL is set.
// CI must exercise MySQL, so a CI run without MYSQL_URL fails loudly instead of silently skipping it.
import type { Dialect } from '../../server/src/db/create-db';

export type { Dialect };

export function selectDialects(env: Record<string, string | undefined> = process.env): Dialect[] {
  const mysqlUrl = env.MYSQL_URL?.trim();
  if (!mysqlUrl && env.CI === 'true') {
    throw new Error(
      'MYSQL_URL is not set but CI=true: the MySQL run is mandatory in CI. ' +
        'Set MYSQL_URL=mysql://root@127.0.0.1:3306/test (any server database; each suite creates and drops its own).',
    );
  }
  return mysqlUrl ? ['sqlite', 'mysql'] : ['sqlite'];
}

/** Every suite runs once per entry: `describe.each(dialects)('… (%s)', (dialect) => …)`. */
export const dialects: Dialect[] = selectDialects();

/** The server-level MySQL URL; only called when 'mysql' is in `dialects`. */
export function mysqlUrl(): string {
  const url = process.env.MYSQL_URL?.trim();
  if (!url) throw new Error('MYSQL_URL is not set');
  return url;
}
