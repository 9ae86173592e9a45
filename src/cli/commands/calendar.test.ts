// `lantern calendar`: the three subcommands print what PRACTICE.md §3 gives by hand; bad arguments exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bin', 'lantern.mjs');
const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, [bin, 'calendar', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('calendar bank-holidays 2031 prints the England-and-Wales list as JSON', () => {
  // Easter Sunday 13 Apr 2031 → Good Friday 11, Easter Monday 14 Apr; 1 May is a Thursday → early May 5 May;
  // last Mondays of May and August 26 May and 25 Aug; Christmas Thursday, Boxing Day Friday.
  const r = run('bank-holidays', '2031');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), [
    { date: '2031-01-01', name: 'new_year' },
    { date: '2031-04-11', name: 'good_friday' },
    { date: '2031-04-14', name: 'easter_monday' },
    { date: '2031-05-05', name: 'early_may' },
    { date: '2031-05-26', name: 'spring' },
    { date: '2031-08-25', name: 'late_august' },
    { date: '2031-12-25', name: 'christmas' },
    { date: '2031-12-26', name: 'boxing_day' },
  ]);
});

test('calendar add-working-days 2024-12-20 10 prints 2025-01-08', () => {
  // 23 (1), 24 (2), 25–26 Christmas, 27 (3), weekend, 30 (4), 31 (5), 1 Jan, 2 (6), 3 (7), weekend, 6 (8), 7 (9), 8 (10)
  const r = run('add-working-days', '2024-12-20', '10');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '2025-01-08\n');
});

test('calendar working-days-between 2024-03-25 2024-04-08 prints 8', () => {
  // 26, 27, 28 = 3; Good Friday, weekend, Easter Monday; 2, 3, 4, 5 = 7; weekend; 8 = 8
  const r = run('working-days-between', '2024-03-25', '2024-04-08');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '8\n');
});

test('calendar --extra-holiday adds a local one-off', () => {
  // Thu 4 Jun 2026 + 2 WD: Fri 5 (1), weekend, Mon 8 is the local holiday, Tue 9 (2)
  const r = run('add-working-days', '2026-06-04', '2', '--extra-holiday', '2026-06-08=proclaimed_holiday');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '2026-06-09\n');
});

test('calendar --help prints the usage', () => {
  const r = run('--help');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /lantern calendar bank-holidays YEAR/);
});

test('bad arguments exit 2 with a one-line reason', () => {
  const cases: [string[], RegExp][] = [
    [['add-working-days', '2025-02-30', '3'], /DATE: "2025-02-30" is not a date: 2025-02 has 28 days/],
    [['bank-holidays', '2101'], /YEAR must be between 1990 and 2100/],
    [['add-working-days', '2024-12-20', 'ten'], /N must be a whole number/],
    [['working-days-between', '2024-03-25'], /expected working-days-between FROM TO/],
    [['easter'], /unknown subcommand "easter"/],
    [[], /expected a subcommand/],
  ];
  for (const [args, reason] of cases) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, reason);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
    assert.equal(r.stdout, '');
  }
});
