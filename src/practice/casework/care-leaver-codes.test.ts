// The SSDA903 care leaver code sets (journey/care-leaver-codes.ts) hold the 903 schema's codes, each once
// with a label, and the exploitation risk levels are those the journey schema allows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codesOf, type CodeSet } from '../journey/code-sets.ts';
import { ExploitationScreening } from '../journey/missing.ts';
import {
  ACCOMMODATION, ACCOMMODATION_SUITABILITY, ACCOMMODATION_TYPES, ACTIVITIES, ACTIVITIES_WITHDRAWN, IN_TOUCH, RISK_LEVELS, accommodationSuitable,
} from '../journey/care-leaver-codes.ts';

const SETS: Record<string, CodeSet> = { IN_TOUCH, ACTIVITIES, ACCOMMODATION_TYPES, ACCOMMODATION_SUITABILITY, ACCOMMODATION, RISK_LEVELS };

describe('SSDA903 care leaver code sets', () => {
  it('have each code once, with a label', () => {
    for (const [name, set] of Object.entries(SETS)) {
      assert.equal(new Set(codesOf(set)).size, set.length, name);
      for (const [code, label] of set) assert.ok(label.trim().length > 0 && label !== code, `${name} ${code}`);
    }
  });

  it('are the codes of the 903 schema (OC3 in SSDA903_schema_2017.yml, ACTIV as changed by the 2022 diff)', () => {
    assert.deepEqual(codesOf(IN_TOUCH), ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM']);
    const activ2022 = ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0'];
    assert.deepEqual(codesOf(ACTIVITIES).filter((c) => !ACTIVITIES_WITHDRAWN.includes(c)).sort(), [...activ2022].sort());
    assert.deepEqual([...ACTIVITIES_WITHDRAWN].sort(), ['F3', 'P3']);
    const accom2017 = [...'BCDEGHKRSTUVWXYZ'].flatMap((l) => [`${l}1`, `${l}2`]).concat('0');
    assert.deepEqual(codesOf(ACCOMMODATION), accom2017);
  });

  it('read the suitability from the digit of ACCOM', () => {
    assert.equal(accommodationSuitable('B1'), true);
    assert.equal(accommodationSuitable('Z2'), false);
    assert.equal(accommodationSuitable('0'), null);
    assert.equal(accommodationSuitable('A1'), null);
    assert.equal(accommodationSuitable(null), null);
    assert.equal(ACCOMMODATION.find(([c]) => c === 'S2')?.[1], 'No fixed abode / homeless: not suitable');
  });

  it('offer the risk levels the journey schema allows', () => {
    const allowed = (ExploitationScreening.properties.sexualExploitationRisk as unknown as { anyOf: { const: string }[] }).anyOf.map((s) => s.const);
    assert.deepEqual(codesOf(RISK_LEVELS), allowed);
  });
});
