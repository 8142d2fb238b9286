// The dialect list every integration suite runs over: MySQL is optional locally and mandatory in CI.
import { describe, expect, it } from 'vitest';
import { selectDialects } from '../testkit/dialects';

describe('selectDialects', () => {
  it('runs SQLite alone without MYSQL_URL, and both with it', () => {
    expect(selectDialects({})).toEqual(['sqlite']);
    expect(selectDialects({ MYSQL_URL: 'mysql://root@127.0.0.1:3306/test' })).toEqual(['sqlite', 'mysql']);
    expect(selectDialects({ CI: 'true', MYSQL_URL: 'mysql://root@127.0.0.1:3306/test' })).toEqual(['sqlite', 'mysql']);
  });

  it('refuses to run in CI without MySQL', () => {
    expect(() => selectDialects({ CI: 'true' })).toThrow(/MYSQL_URL is not set but CI=true/);
    expect(() => selectDialects({ CI: 'true', MYSQL_URL: ' ' })).toThrow(/mandatory in CI/);
  });
});
