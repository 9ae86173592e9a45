// The SSDA903 code sets (journey/looked-after-codes.ts) hold together with the journey schema and each other.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LegalStatus } from '../journey/looked-after.ts';
import { codesOf, type CodeSet } from '../journey/code-sets.ts';
import {
  CATEGORIES_OF_NEED, LEGAL_STATUSES, PLACEMENT_PROVIDERS, PLACEMENT_TYPES, PLACEMENT_TYPES_WITHDRAWN, REASONS_CARE_ENDED,
  REASONS_EPISODE_CEASED, REASONS_NEW_EPISODE, REASONS_PLACEMENT_CHANGE, REVIEW_PARTICIPATION, TEMPORARY_PLACEMENT_TYPES,
} from '../journey/looked-after-codes.ts';

const SETS: Record<string, CodeSet> = {
  LEGAL_STATUSES, REASONS_NEW_EPISODE, REASONS_EPISODE_CEASED, PLACEMENT_TYPES, PLACEMENT_PROVIDERS, REASONS_PLACEMENT_CHANGE, REVIEW_PARTICIPATION, CATEGORIES_OF_NEED,
};

describe('SSDA903 code sets', () => {
  it('have each code once, with a label', () => {
    for (const [name, set] of Object.entries(SETS)) {
      assert.equal(new Set(codesOf(set)).size, set.length, name);
      for (const [code, label] of set) assert.ok(label.trim().length > 0 && label !== code, `${name} ${code}`);
    }
  });

  it('give a label to every legal status the journey schema allows, and no other', () => {
    const pattern = new RegExp((LegalStatus.properties.code as { pattern?: string }).pattern ?? '');
    assert.deepEqual(codesOf(LEGAL_STATUSES).filter((c) => pattern.test(c)), codesOf(LEGAL_STATUSES));
    for (const code of ['C1', 'C2', 'D1', 'E1', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3', 'V2', 'V3', 'V4']) assert.ok(codesOf(LEGAL_STATUSES).includes(code), code);
  });

  it('are the codes of the 903 schema', () => {
    assert.deepEqual(codesOf(REASONS_NEW_EPISODE), ['S', 'L', 'P', 'T', 'B', 'U']);
    assert.deepEqual(codesOf(REASONS_EPISODE_CEASED), ['X1', 'E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E45', 'E46', 'E47', 'E48', 'E5', 'E6', 'E7', 'E9', 'E14', 'E15', 'E16', 'E17', 'E8']);
    assert.deepEqual(codesOf(PLACEMENT_PROVIDERS), ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5']);
    assert.deepEqual(codesOf(REVIEW_PARTICIPATION), ['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);
    assert.deepEqual(codesOf(CATEGORIES_OF_NEED), ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8']);
    assert.equal(REASONS_PLACEMENT_CHANGE.length, 12);
    // The 2025 schema's placement types, and the two withdrawn that year for earlier placements.
    const schema2025 = ['A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'K3', 'P1', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1'];
    assert.deepEqual(codesOf(PLACEMENT_TYPES).filter((c) => !PLACEMENT_TYPES_WITHDRAWN.includes(c)).sort(), [...schema2025].sort());
    for (const code of TEMPORARY_PLACEMENT_TYPES) assert.ok(codesOf(PLACEMENT_TYPES).includes(code));
  });

  it('end a period of care with any reason but X1', () => {
    assert.deepEqual(codesOf(REASONS_CARE_ENDED), codesOf(REASONS_EPISODE_CEASED).filter((c) => c !== 'X1'));
  });
});
