// The command line: help lists the commands, every command has --help, bad arguments exit 2 with one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'lantern.mjs');
const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('lantern --help lists every command', () => {
  const r = run('--help');
  assert.equal(r.status, 0);
  for (const name of ['serve', 'synth', 'migrate']) assert.match(r.stdout, new RegExp(`^  ${name} `, 'm'));
});

test('each command has --help', () => {
  for (const name of ['serve', 'synth', 'migrate']) {
    const r = run(name, '--help');
    assert.equal(r.status, 0, name);
    assert.match(r.stdout, new RegExp(`lantern ${name}`));
  }
});

test('bad arguments exit 2 with a one-line reason', () => {
  const cases: [string[], RegExp][] = [
    [['frobnicate'], /unknown command "frobnicate"/],
    [['synth', '--size', 'enormous'], /--size must be small, medium, croydon or large/],
    [['synth', '--seed', 'abc'], /--seed must be a whole number/],
    [['synth', '--as-at', '2026-13-45'], /--as-at must be a date/],
    [['synth', '--colour', 'blue'], /Unknown option '--colour'/],
    [['synth', '--uasc-share', '48'], /--uasc-share must be a share from 0 to 1/],
  ];
  for (const [args, reason] of cases) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, reason);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
  }
});

test('synth --dry-run prints the same counts for the same seed', () => {
  const a = run('synth', '--seed', '3', '--size', 'small', '--as-at', '2026-01-01', '--dry-run');
  const b = run('synth', '--seed', '3', '--size', 'small', '--as-at', '2026-01-01', '--dry-run');
  assert.equal(a.status, 0);
  assert.equal(a.stdout, b.stdout);
  assert.ok(JSON.parse(a.stdout).children > 100);
});

test('synth --uasc-share sets the share of children looked after who are UASC', () => {
  const england = JSON.parse(run('synth', '--seed', '3', '--size', 'small', '--as-at', '2026-01-01', '--dry-run').stdout);
  const croydon = JSON.parse(run('synth', '--seed', '3', '--size', 'small', '--as-at', '2026-01-01', '--uasc-share', '0.48', '--dry-run').stdout);
  assert.ok(croydon.uascLookedAfter > england.uascLookedAfter * 3, `${croydon.uascLookedAfter} UASC at 0.48, ${england.uascLookedAfter} at the default`);
  assert.equal(JSON.parse(run('synth', '--seed', '3', '--size', 'small', '--as-at', '2026-01-01', '--uasc-share', '0', '--dry-run').stdout).uascLookedAfter, 0);
});

test('a bad DATABASE_URL stops with a one-line reason', () => {
  const r = spawnSync(process.execPath, [bin, 'migrate'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'mysql://x' } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /DATABASE_URL must start with postgres:\/\//);
});

test('lantern clocks prints every clock instance for the example journey', () => {
  const r = run('clocks', '--as-at', '2025-03-31T17:00', 'docs/examples/journey.json');
  assert.equal(r.status, 0, r.stderr);
  const instances = JSON.parse(r.stdout) as { clockId: string; state: string; due: string; lateness: number | null }[];
  // ICPC: strategy discussion Wed 8 Jan 2025 + 15 WD = Wed 29 Jan; held that day
  assert.deepEqual(instances.find((i) => i.clockId === 'initial-child-protection-conference'), {
    ...instances.find((i) => i.clockId === 'initial-child-protection-conference'),
    due: '2025-01-29', state: 'met_on_time', lateness: 0,
  });
  // The third CP visit was due Fri 7 Mar and came on Tue 18 Mar (a visit on 14 Mar without seeing the child does not count):
  // 10, 11, 12, 13, 14, 17, 18 Mar = 7 working days late
  const visits = instances.filter((i) => i.clockId === 'child-protection-visits');
  assert.deepEqual(visits.map((v) => v.state), ['met_on_time', 'met_on_time', 'met_late', 'due_soon']);
  assert.equal(visits[2]!.lateness, 7);
});

test('lantern clocks refuses an invalid journey naming the path and the problem', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lantern-')), 'bad.json');
  writeFileSync(file, JSON.stringify({ child: { id: 'c', dateOfBirth: '2015-01-01' }, assessments: [{ id: 'a', referralId: 'r9', startDate: '2025-01-02' }] }));
  const r = run('clocks', '--as-at', '2025-03-31', file);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\/assessments\/0\/referralId: no referral has id r9/);
  assert.equal(run('clocks', 'docs/examples/journey.json').status, 2, '--as-at is required');
  assert.equal(run('clocks', '--as-at', '31/03/2025', 'docs/examples/journey.json').status, 2);
});

test('lantern export cin-census, ssda903, annex-a and all write the census XML, the 903 CSV files and the Annex A workbook for each LA in the database', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lantern-export-'));
  const out = path.join(dataDir, 'out');
  const env = { ...process.env, DATABASE_URL: '', LANTERN_DATA_DIR: dataDir };
  const synth = spawnSync(process.execPath, [bin, 'synth', '--seed', '5', '--size', 'small', '--as-at', '2026-03-31'], { encoding: 'utf8', env });
  assert.equal(synth.status, 0, synth.stderr);
  const exported = spawnSync(process.execPath, [bin, 'export', 'cin-census', '--year', '2026', '--out', out], { encoding: 'utf8', env });
  assert.equal(exported.status, 0, exported.stderr);
  const file = exported.stdout.trim().split('\n').at(-1)!;
  assert.match(file, /cin-census-\d{3}-2026\.xml$/);
  const xml = readFileSync(file, 'utf8');
  assert.match(xml, /^<\?xml/);
  assert.ok((xml.match(/<Child>/g) ?? []).length > 0);
  const bad = spawnSync(process.execPath, [bin, 'export', 'cin-census', '--out', out], { encoding: 'utf8', env });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--year is required/);

  // The SSDA903 files, as at a day in the year (the collection year containing it), in a folder per LA.
  const ssda903 = spawnSync(process.execPath, [bin, 'export', 'ssda903', '--as-at', '2026-01-15', '--out', out], { encoding: 'utf8', env });
  assert.equal(ssda903.status, 0, ssda903.stderr);
  const folder = ssda903.stdout.trim().split('\n').at(-1)!.replace(/ \(.*$/, '');
  assert.match(folder, /ssda903-\d{3}-2026$/);
  for (const name of ['header', 'episodes', 'uasc', 'reviews', 'missing', 'oc2', 'oc3', 'ad1', 'placed_for_adoption', 'previous_permanence', 'sw_episodes']) {
    assert.ok(readFileSync(path.join(folder, `${name}.csv`), 'utf8').includes('\r\n'), name);
  }
  assert.match(readFileSync(path.join(folder, 'episodes.csv'), 'utf8'), /^CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n\w+,\d{2}\/\d{2}\/\d{4},/);
  const asAt = spawnSync(process.execPath, [bin, 'export', 'cin-census', '--as-at', '2025-03-31', '--out', out], { encoding: 'utf8', env });
  assert.equal(asAt.status, 0, asAt.stderr);
  assert.match(asAt.stdout.trim().split('\n').at(-1)!, /cin-census-\d{3}-2025\.xml$/);
  const both = spawnSync(process.execPath, [bin, 'export', 'ssda903', '--year', '2026', '--as-at', '2026-01-15', '--out', out], { encoding: 'utf8', env });
  assert.equal(both.status, 2);
  assert.equal(spawnSync(process.execPath, [bin, 'export', 'ssda903', '--as-at', '2026-02-30', '--out', out], { encoding: 'utf8', env }).status, 2);

  // Ofsted's Annex A as at a day: a workbook per LA, sheets "List 1" to "List 11", the rows per list printed.
  const annexA = spawnSync(process.execPath, [bin, 'export', 'annex-a', '--as-at', '2026-03-31', '--out', out], { encoding: 'utf8', env });
  assert.equal(annexA.status, 0, annexA.stderr);
  const line = annexA.stdout.trim().split('\n').at(-1)!;
  assert.match(line, /annex-a-\d{3}-2026-03-31\.xlsx \(List 1 \d+, .*List 11 \d+\)$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(line.replace(/ \(.*$/, ''));
  assert.deepEqual(workbook.worksheets.map((s) => s.name), Array.from({ length: 11 }, (_, i) => `List ${i + 1}`));
  assert.equal(workbook.getWorksheet('List 3')!.getRow(1).getCell(6).value, 'Date of referral');
  const noDay = spawnSync(process.execPath, [bin, 'export', 'annex-a', '--year', '2026', '--out', out], { encoding: 'utf8', env });
  assert.equal(noDay.status, 2);
  assert.match(noDay.stderr, /annex-a needs --as-at/);
  assert.equal(spawnSync(process.execPath, [bin, 'export', 'annex-a', '--as-at', '2026-02-30', '--out', out], { encoding: 'utf8', env }).status, 2);

  // All three from one read: the same census, the same SSDA903 files and the same Annex A lists as the separate exports.
  const allOut = path.join(dataDir, 'all');
  const all = spawnSync(process.execPath, [bin, 'export', 'all', '--as-at', '2026-01-15', '--out', allOut], { encoding: 'utf8', env });
  assert.equal(all.status, 0, all.stderr);
  const [allXml, allFolder, allAnnexA] = all.stdout.trim().split('\n').slice(-3);
  assert.equal(readFileSync(allXml!, 'utf8'), xml, 'the census for the year holding 15 January 2026 is the 2026 census');
  assert.equal(allFolder!.replace(allOut, ''), ssda903.stdout.trim().split('\n').at(-1)!.replace(out, ''));
  for (const name of ['header', 'episodes', 'uasc', 'reviews', 'missing', 'oc2', 'oc3', 'ad1', 'placed_for_adoption', 'previous_permanence', 'sw_episodes']) {
    assert.equal(readFileSync(path.join(allFolder!.replace(/ \(.*$/, ''), `${name}.csv`), 'utf8'), readFileSync(path.join(folder, `${name}.csv`), 'utf8'), name);
  }
  const annexAOn15January = spawnSync(process.execPath, [bin, 'export', 'annex-a', '--as-at', '2026-01-15', '--out', out], { encoding: 'utf8', env });
  assert.equal(allAnnexA!.replace(allOut, ''), annexAOn15January.stdout.trim().split('\n').at(-1)!.replace(out, ''));
  assert.match(allAnnexA!, /annex-a-\d{3}-2026-01-15\.xlsx \(List 1 \d+, .*List 11 \d+\)$/);
  const allNoDay = spawnSync(process.execPath, [bin, 'export', 'all', '--year', '2026', '--out', allOut], { encoding: 'utf8', env });
  assert.equal(allNoDay.status, 2);
  assert.match(allNoDay.stderr, /all needs --as-at/);
});
