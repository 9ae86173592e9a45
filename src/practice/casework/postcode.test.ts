// The postcode shape and its normal form (postcode.ts); the placement rule using it is in validate-care-and-court.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isUkPostcode, normalisePostcode } from './postcode.ts';

describe('UK postcodes', () => {
  it('accepts each outward-code shape (A9, A99, AA9, AA99, A9A, AA9A), in either case, with or without the space', () => {
    for (const code of ['M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB', 'ec1a1bb', 'GIR 0AA']) assert.ok(isUkPostcode(code), code);
  });

  it('refuses other shapes', () => {
    for (const code of ['', 'EC1A', 'EC1A 1B', 'EC1A  1BB', '1EC 1BB', 'EC1A 1B8', 'EC1A-1BB']) assert.ok(!isUkPostcode(code), code);
  });

  it('writes a postcode as Royal Mail does', () => {
    assert.equal(normalisePostcode(' ec1a1bb '), 'EC1A 1BB');
    assert.equal(normalisePostcode('m1  1ae'), 'M1 1AE');
  });
});
