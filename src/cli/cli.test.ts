// The command line: help lists the commands, every command has --help, bad arguments exit 2 with one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

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

test('a bad DATABASE_URL stops with a one-line reason', () => {
  const r = spawnSync(process.execPath, [bin, 'migrate'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'mysql://x' } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /DATABASE_URL must start with postgres:\/\//);
});
