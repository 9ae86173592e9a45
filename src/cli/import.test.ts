// `lantern import` on the command line: Lantern's own export imported back changes nothing (the round
// trip through files), a progress bar when asked, a bad row refused with file:line field: reason, exit 1
// and nothing written, every refusal in --rejections FILE.csv; bad arguments exit 2 with one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';

const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'lantern.mjs');

test('lantern import: the export read back unchanged, a refused row changes nothing, progress and rejections file', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lantern-import-'));
  const out = path.join(dataDir, 'out');
  const env = { ...process.env, DATABASE_URL: '', LANTERN_DATA_DIR: dataDir };
  const lantern = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  assert.equal(lantern('synth', '--seed', '5', '--size', 'small', '--as-at', '2026-03-31').status, 0);
  assert.equal(lantern('export', 'ssda903', '--year', '2026', '--out', out).status, 0);
  assert.equal(lantern('export', 'cin-census', '--year', '2026', '--out', out).status, 0);
  const folder = path.join(out, readdirSync(out).find((f) => f.startsWith('ssda903-'))!);
  const census = path.join(out, readdirSync(out).find((f) => f.startsWith('cin-census-'))!);

  const ssda = lantern('import', 'ssda903', folder, '--progress');
  assert.equal(ssda.status, 0, ssda.stderr);
  assert.match(ssda.stdout, /Children: 0 created, 0 updated, \d+ unchanged\./);
  assert.match(ssda.stdout, /Records: 0 created, 0 updated, [1-9]\d* unchanged\./);
  assert.match(ssda.stderr, /Checking children/, 'the progress bar, asked for on a terminal that is not one');
  const cin = lantern('import', 'cin-census', census);
  assert.equal(cin.status, 0, cin.stderr);
  assert.match(cin.stdout, /Records: 0 created, 0 updated, [1-9]\d* unchanged\./);

  // One episode's start date made impossible: refused with its place, nothing written (checked by re-running clean).
  const episodes = path.join(folder, 'episodes.csv');
  const lines = readFileSync(episodes, 'utf8').split('\r\n');
  const cells = lines[2]!.split(',');
  cells[1] = '31/02/2025';
  lines[2] = cells.join(',');
  writeFileSync(episodes, lines.join('\r\n'));
  const rejections = path.join(dataDir, 'refused.csv');
  const refused = lantern('import', 'ssda903', folder, '--rejections', rejections);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /^episodes\.csv:3 DECOM: .*31\/02\/2025/m);
  assert.match(refused.stderr, /rows? refused: nothing was imported\./);
  assert.match(readFileSync(rejections, 'utf8'), /^file,line,field,reason\r\nepisodes\.csv,3,DECOM,/);

  const bad: [string[], RegExp][] = [
    [['import'], /give the format to import: cin-census or ssda903/],
    [['import', 'ssda903'], /give the SSDA903 CSV files, or the folder holding them/],
    [['import', 'cin-census', path.join(dataDir, 'nothing.xml')], /no such file or folder/],
    [['import', 'cin-census', census, census], /give one CIN census XML file/],
  ];
  for (const [args, reason] of bad) {
    const r = lantern(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, reason);
  }
});

test('lantern import ssda903 of the DfE’s fake files: refused whole by default; with --skip-refused the good children are imported, and importing Lantern’s export of them again changes nothing', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lantern-import-fake-'));
  const env = { ...process.env, DATABASE_URL: '', LANTERN_DATA_DIR: dataDir };
  const lantern = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  assert.equal(lantern('synth', '--seed', '5', '--size', 'small', '--as-at', '2026-03-31').status, 0);
  const fake = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'standards', 'ssda903', 'fake');
  const files = ['header', 'episodes', 'uasc', 'reviews', 'missing', 'oc2', 'oc3', 'ad1', 'placed_for_adoption', 'previous_permanence', 'sw_episodes'].map((f) => path.join(fake, `${f}.csv`));

  const strict = lantern('import', 'ssda903', ...files);
  assert.equal(strict.status, 1);
  assert.match(strict.stderr, /rows refused: nothing was imported\./);
  const lenient = lantern('import', 'ssda903', ...files, '--skip-refused');
  assert.equal(lenient.status, 0, lenient.stderr.slice(-2000));
  const created = Number(/Children: (\d+) created/.exec(lenient.stdout)?.[1]);
  assert.ok(created > 100, lenient.stdout);
  assert.match(lenient.stderr, /children left out \(--skip-refused\)\./);

  // Import → export → import: the same records.
  const again = lantern('import', 'ssda903', ...files, '--skip-refused');
  assert.match(again.stdout, /Records: 0 created, 0 updated, [1-9]\d* unchanged\./);
  const out = path.join(dataDir, 'out');
  assert.equal(lantern('export', 'ssda903', '--year', '2018', '--out', out).status, 0);
  const folder = path.join(out, readdirSync(out).find((f) => f.startsWith('ssda903-'))!);
  const roundTrip = lantern('import', 'ssda903', folder, '--year', '2018');
  assert.equal(roundTrip.status, 0, roundTrip.stderr.slice(-2000));
  assert.match(roundTrip.stdout, /Records: 0 created, 0 updated, [1-9]\d* unchanged\./);
});
