// Reading the children in need census: the fake files of ../shared/standards/cin/fake (DfE validator and
// LIIA test files, read by the test: the reader does no I/O), each check's failing case, and the round trip
// the import's acceptance asks for: read → apply to empty journeys → export → valid XSD → read → unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { readCinCensus } from './read-cin-census.ts';
import { buildCinCensus } from './build-cin-census.ts';
import { applyImportedRecords } from '../../practice/journey/apply-imported-child.ts';
import { parseJourney } from '../../practice/journey/parse-journey.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import type { ImportBatch, ImportedChild, Rejection } from '../import-batch.ts';
import { generateLocalAuthority } from '../../synth/generate.ts';

// shared/ sits next to main/ on developer machines and in CI (as in build-cin-census.test.ts).
const here = path.dirname(fileURLToPath(import.meta.url));
const standards = path.join(here, '..', '..', '..', '..', 'shared', 'standards', 'cin');
const fake = (name: string) => ({ name, text: readFileSync(path.join(standards, 'fake', name), 'utf8') });
const xsd = readFileSync(path.join(standards, 'xsd', 'CIN_schema_2026.xsd'), 'utf8');

async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'cin.xml', contents: xml }], schema: [xsd], maxMemoryPages: 16384 });
  return result.errors.map((e) => e.rawMessage);
}

let n = 0;
const newId = (type: string) => `${type}-${++n}`;

/** A census document around some <Child> elements (the header of a 2025-26 file). */
const census = (children: string, header = '<Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n<Header><CollectionDetails>${header}</CollectionDetails><Source><LEA>201</LEA></Source></Header>\n<Children>\n${children}\n</Children>\n</Message>\n`;

/** One child, each part replaceable; one element per line, so a line number names an element. */
function child(parts: { identifiers?: string; characteristics?: string; details?: string } = {}): string {
  return [
    '<Child>',
    parts.identifiers ?? '<ChildIdentifiers>\n<LAchildID>C1</LAchildID>\n<PersonBirthDate>2015-06-01</PersonBirthDate>\n<Sex>F</Sex>\n</ChildIdentifiers>',
    parts.characteristics ?? '<ChildCharacteristics>\n<Ethnicity>WBRI</Ethnicity>\n</ChildCharacteristics>',
    parts.details ?? '<CINdetails>\n<CINreferralDate>2025-05-01</CINreferralDate>\n<ReferralSource>2A</ReferralSource>\n<ReferralNFA>0</ReferralNFA>\n</CINdetails>',
    '</Child>',
  ].join('\n');
}

const read = (xml: string) => readCinCensus({ name: 'cin.xml', text: xml });

/** The line of the first line of `xml` holding `fragment` (1-based). */
const lineOf = (xml: string, fragment: string) => xml.split('\n').findIndex((l) => l.includes(fragment)) + 1;

/** The single rejection of a file with one bad child; the child is left out. */
function onlyRejection(xml: string, reference: string | null = 'C1'): Rejection {
  const batch = read(xml);
  assert.equal(batch.children.length, 0, 'the child with a problem is refused whole');
  assert.equal(batch.rejected.length, 1, JSON.stringify(batch.rejected));
  const { childReference, ...rejection } = batch.rejected[0]!;
  assert.equal(childReference ?? null, reference, 'a child’s refusal names the child, so an import can leave out only that child');
  return rejection;
}

// --- The round trip ------------------------------------------------------------------------------------

const sexOf = (c: ImportedChild) => c.identity.sex ?? '0';

/**
 * The acceptance of issue 8: read → apply to empty journeys → every journey parses → export with the
 * census builder → valid against the 2026 XSD → read again → applying it changes nothing. The export's
 * collection year is wide (1 April 1900 to 31 March 2099) so that every episode in the file is in it: the builder
 * returns only episodes open in its year and what had happened by its end.
 */
async function roundTrip(batch: ImportBatch): Promise<{ journeys: Map<string, Record<string, unknown>>; xml: string }> {
  const journeys = new Map<string, Record<string, unknown>>();
  for (const c of batch.children) {
    const empty = { child: { id: c.childReference, dateOfBirth: c.identity.dateOfBirth ?? null, expectedDateOfBirth: c.identity.expectedDateOfBirth ?? null } };
    const applied = applyImportedRecords(empty, c.records, newId);
    assert.deepEqual(applied.rejected, [], c.childReference);
    assert.ok(applied.records.every((r) => r.outcome === 'created'), c.childReference);
    const parsed = parseJourney(applied.journey);
    assert.ok(parsed.ok, `${c.childReference}: ${JSON.stringify(parsed)}`);
    journeys.set(c.childReference, applied.journey);
  }
  const xml = buildCinCensus({
    la: { dfeCode: '201' },
    collection: { start: '1900-04-01', end: '2099-03-31' },
    children: batch.children.map((c) => ({
      identity: {
        childReference: c.childReference, dateOfBirth: c.identity.dateOfBirth ?? null, expectedDateOfBirth: c.identity.expectedDateOfBirth ?? null,
        sex: sexOf(c), ethnicity: c.identity.ethnicity ?? 'NOBT', upn: c.identity.upn ?? null, disabilities: c.identity.disabilities ?? [], uasc: false,
      },
      journey: journeys.get(c.childReference) as Journey,
    })),
  });
  assert.deepEqual((await xsdErrors(xml)).slice(0, 5), []);

  const again = readCinCensus({ name: 'lantern-export.xml', text: xml });
  assert.deepEqual(again.rejected, []);
  assert.deepEqual(again.children.map((c) => c.childReference).sort(), batch.children.map((c) => c.childReference).sort());
  const first = new Map(batch.children.map((c) => [c.childReference, c]));
  for (const c of again.children) {
    const before = first.get(c.childReference)!;
    // Every record read the first time is read again (none lost in the export), and none is added.
    assert.equal(c.records.length, before.records.length, c.childReference);
    const applied = applyImportedRecords(journeys.get(c.childReference)!, c.records, newId);
    assert.deepEqual(applied.rejected, []);
    assert.deepEqual(applied.records.filter((r) => r.outcome !== 'unchanged'), [], c.childReference);
    assert.deepEqual(applied.journey, journeys.get(c.childReference));
    // The identity too, but for sex: GenderCurrent 0 ("not recorded") of a born child is exported as U,
    // which reads back as 9 (indeterminate), as the 2024-25 sex codes no longer tell them apart.
    const expected = before.identity.sex === '0' && before.identity.dateOfBirth ? { ...before.identity, sex: '9' } : before.identity;
    assert.deepEqual(c.identity, expected, c.childReference);
  }
  return { journeys, xml };
}

// CIN_Census_2026.xml with its deliberate errors corrected (and a child reference Lantern can hold), so that every part of an episode (assessment,
// CIN plan, s47 with conference, CP plan made at it and its review) makes the round trip. What is
// changed is listed: each was refused as the "fake files" test shows.
function correctedCensus2026(): string {
  const fixes: [string, string][] = [
    ['<AssessmentActualStartDate>2028-04-28', '<AssessmentActualStartDate>2022-10-07'],
    ['<AssessmentAuthorisationDate>2020-09-19', '<AssessmentAuthorisationDate>2022-11-20'],
    ['<AssessmentFactors>RB</AssessmentFactors>', '<AssessmentFactors>3A</AssessmentFactors>'],
    ['<S47ActualStartDate>2022-06-02', '<S47ActualStartDate>2022-10-10'],
    ['<DateOfInitialCPC>2022-06-17', '<DateOfInitialCPC>2022-10-21'],
    ['<CPPstartDate>2022-02-17', '<CPPstartDate>2022-10-21'],
    ['<AssessmentActualStartDate>2023-12-25', '<AssessmentActualStartDate>2024-10-24'],
    ['<AssessmentAuthorisationDate>2024-01-27', '<AssessmentAuthorisationDate>2024-10-28'],
    ['<LAchildID>child_fails_assessments', '<LAchildID>DfEX0000002'],
  ];
  let text = fake('CIN_Census_2026.xml').text;
  for (const [from, to] of fixes) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
  }
  return text;
}

test('round trip: fake_CIN_data.xml (329 children, 2021-22 elements: GenderCurrent, true/false) reads, exports valid, and reads back unchanged', async () => {
  const batch = readCinCensus(fake('fake_CIN_data.xml'));
  assert.equal(batch.rows, 332);
  assert.equal(batch.children.length, 329);
  const { journeys } = await roundTrip(batch);
  // Its 350 DateOfInitialCPC are all directly under CINdetails, which Lantern cannot hold (no s47 enquiry):
  // none is in the journeys. Its 21 PersonDeathDate are not kept either. What is held: the referrals.
  assert.ok([...journeys.values()].every((j) => j.initialConferences === undefined));
  assert.equal([...journeys.values()].reduce((sum, j) => sum + (j.referrals as unknown[]).length, 0), 402 - 4 /* the CINdetails of its 3 refused children: 1, 2 and 1 */);
});

test('round trip: a corrected CIN_Census_2026.xml carries every kind of record (assessment, CIN plan, s47, conference, CP plan, review)', async () => {
  const batch = read(correctedCensus2026());
  assert.deepEqual(batch.rejected, []);
  const [a] = batch.children;
  assert.deepEqual(a!.records.map((r) => r.recordType), [
    'referrals', 'assessments', 'cinPlans', 'strategyDiscussions', 's47Enquiries', 'initialConferences', 'cpPlans', 'reviewConferences',
  ]);
  const { journeys, xml } = await roundTrip(batch);
  const j = journeys.get('DfEX0000001') as unknown as Journey;
  const conference = j.initialConferences![0]!;
  assert.equal(j.cpPlans![0]!.initialConferenceId, conference.id, 'the plan starting on the conference day was made at it');
  assert.equal(conference.planMade, true);
  assert.equal(j.s47Enquiries![0]!.strategyDiscussionId, j.strategyDiscussions![0]!.id);
  assert.deepEqual(j.strategyDiscussions![0], { id: j.strategyDiscussions![0]!.id, date: '2022-10-10', thresholdDecisionDate: '2022-10-10', decision: 's47', referralId: j.referrals![0]!.id });
  assert.equal(j.reviewConferences![0]!.cpPlanId, j.cpPlans![0]!.id);
  // The export puts the conference in its Section47, not again under CINdetails (rule 2884).
  assert.equal(xml.split('<DateOfInitialCPC>').length - 1, 1);
});

test('Lantern\'s own census of a synthetic LA, read back onto the journeys it was built from, changes nothing', async (t) => {
  const la = generateLocalAuthority({ seed: 11, size: 'small', asAt: '2026-03-31', name: 'Synthetic', dfeCode: '999', usernamePrefix: '' });
  const xml = buildCinCensus({
    la: { dfeCode: la.dfeCode }, collection: { start: '2025-04-01', end: '2026-03-31' },
    children: la.children.map((identity, i) => ({ identity, journey: la.journeys[i]! })),
  });
  const started = performance.now();
  const batch = readCinCensus({ name: 'synthetic.xml', text: xml });
  t.diagnostic(`${batch.rows} children, ${xml.length} bytes read in ${(performance.now() - started).toFixed(0)} ms`);
  assert.deepEqual(batch.rejected, []);
  assert.equal(batch.collectionYear, 2026);
  const index = new Map(la.children.map((c, i) => [c.childReference, i]));
  const outcomes = new Map<string, Set<string>>();
  for (const c of batch.children) {
    const i = index.get(c.childReference)!;
    const journey = la.journeys[i]! as unknown as Record<string, unknown>;
    const applied = applyImportedRecords(journey, c.records, newId);
    assert.deepEqual(applied.rejected, [], c.childReference);
    for (const r of applied.records) (outcomes.get(r.recordType) ?? outcomes.set(r.recordType, new Set()).get(r.recordType)!).add(r.outcome);
    assert.deepEqual(applied.journey, journey, c.childReference);
    // The identity the census holds is the child's own.
    const child = la.children[i]!;
    for (const [field, value] of Object.entries(c.identity)) assert.deepEqual(value, child[field as keyof typeof child], `${c.childReference} ${field}`);
  }
  // Every kind of record the census carries was met, and each was unchanged.
  assert.deepEqual([...outcomes.keys()].sort(), ['assessments', 'cinPlans', 'cpPlans', 'initialConferences', 'referrals', 'reviewConferences', 's47Enquiries', 'strategyDiscussions']);
  assert.ok([...outcomes.values()].every((set) => set.size === 1 && set.has('unchanged')));

  // Read into empty journeys instead (a council moving to Lantern), the census built from them is the
  // census read: nothing in it is lost or changed, but for NumberOfPreviousCPP, which Lantern counts from
  // the plans it holds (plans that ended before the year are not in the file).
  const moved = batch.children.map((c) => {
    const empty = { child: { id: c.childReference, dateOfBirth: c.identity.dateOfBirth ?? null, expectedDateOfBirth: c.identity.expectedDateOfBirth ?? null } };
    const journey = applyImportedRecords(empty, c.records, newId).journey as unknown as Journey;
    assert.ok(parseJourney(journey).ok, c.childReference);
    const child = la.children[index.get(c.childReference)!]!;
    return { identity: { ...child, ...c.identity }, journey };
  });
  const again = buildCinCensus({ la: { dfeCode: la.dfeCode }, collection: { start: '2025-04-01', end: '2026-03-31' }, children: moved });
  const withoutPreviousPlans = (x: string) => x.replace(/<NumberOfPreviousCPP>\d+<\/NumberOfPreviousCPP>/g, '');
  assert.equal(withoutPreviousPlans(again), withoutPreviousPlans(xml));
  assert.notEqual(again, xml, 'some plans had a plan before the year');
});

test('the census of the test world\'s and the command line\'s synthetic LAs, records held in any order, read back onto their journeys: every record unchanged', (t) => {
  for (const [seed, asAt] of [[11, '2026-11-02'], [5, '2026-03-31']] as const) {
    const la = generateLocalAuthority({ seed, size: 'small', asAt, name: 'Synthetic', dfeCode: '999', usernamePrefix: '' });
    // Each list held newest first, as storage may give records in any order: the census orders them itself.
    for (const journey of la.journeys) for (const list of Object.values(journey)) if (Array.isArray(list)) list.reverse();
    const xml = buildCinCensus({ la: { dfeCode: la.dfeCode }, collection: { start: '2025-04-01', end: '2026-03-31' }, children: la.children.map((identity, i) => ({ identity, journey: la.journeys[i]! })) });
    const batch = readCinCensus({ name: 'census.xml', text: xml });
    assert.deepEqual(batch.rejected, []);
    const index = new Map(la.children.map((c, i) => [c.childReference, i]));
    const counts = new Map<string, number>();
    for (const c of batch.children) {
      const journey = la.journeys[index.get(c.childReference)!]! as unknown as Record<string, unknown>;
      const applied = applyImportedRecords(journey, c.records, newId);
      assert.deepEqual(applied.rejected, [], c.childReference);
      for (const r of applied.records) {
        assert.equal(r.outcome, 'unchanged', `seed ${seed}: ${c.childReference} ${r.recordType} ${JSON.stringify(r.record)}`);
        counts.set(r.recordType, (counts.get(r.recordType) ?? 0) + 1);
      }
      assert.deepEqual(applied.journey, journey, c.childReference);
    }
    t.diagnostic(`seed ${seed}: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')} unchanged`);
    assert.equal(counts.size, 8, `seed ${seed}: every kind of record the census carries came back`);
  }
});

// --- The fake files ------------------------------------------------------------------------------------

test('every fake file reads; the DfE test files\' deliberate errors are reported by line and element, their children refused', () => {
  const expected: Record<string, { year: number; rows: number; children: number; rejected: [number, string][]; warnings?: [number, string][] }> = {
    // A 2022-23 file under its old name: GenderCurrent, FormerUPN, PersonDeathDate, every date in 1970.
    'CIN_Census_2021.xml': { year: 2023, rows: 1, children: 0, rejected: [[44, 'AssessmentActualStartDate'], [57, 'S47ActualStartDate'], [64, 'CPPstartDate']] },
    'CIN_Census_2024.xml': { year: 2024, rows: 2, children: 0, rejected: [[43, 'AssessmentAuthorisationDate'], [46, 'AssessmentFactors'], [55, 'S47ActualStartDate'], [62, 'CPPstartDate'], [75, 'LAchildID'], [93, 'AssessmentActualStartDate']] },
    // 2025-26 elements (Sex as M, and as 1) and PreProceedingsandFGDM, which no schema has (read past).
    'CIN_Census_2026.xml': { year: 2024, rows: 2, children: 0, rejected: [[43, 'AssessmentAuthorisationDate'], [46, 'AssessmentFactors'], [55, 'S47ActualStartDate'], [62, 'CPPstartDate'], [87, 'LAchildID'], [105, 'AssessmentActualStartDate']] },
    // The same plan twice, with its review.
    'CIN2rows.xml': { year: 2024, rows: 1, children: 0, rejected: [[49, 'S47ActualStartDate'], [56, 'CPPstartDate'], [66, 'CPPstartDate'], [66, 'CPPstartDate'], [72, 'CPPreviewDate']] },
    'liia_BAR_cin_2022.xml': { year: 2022, rows: 1, children: 0, rejected: [[44, 'AssessmentActualStartDate'], [57, 'S47ActualStartDate'], [64, 'CPPstartDate']] },
    // A generated file: reference date 21 July (rule 100, a warning); three children give NONE with other disabilities.
    'fake_CIN_data.xml': { year: 2022, rows: 332, children: 329, rejected: [[3311, 'Disability'], [4354, 'Disability'], [4781, 'Disability']], warnings: [[6, 'ReferenceDate']] },
    'CIN_header_issues_100.xml': { year: 2023, rows: 1, children: 0, rejected: [[44, 'AssessmentActualStartDate'], [57, 'S47ActualStartDate'], [64, 'CPPstartDate']], warnings: [[6, 'ReferenceDate']] },
  };
  for (const [name, want] of Object.entries(expected)) {
    const batch = readCinCensus(fake(name));
    assert.equal(batch.format, 'cin-census');
    assert.equal(batch.collectionYear, want.year, name);
    assert.equal(batch.rows, want.rows, name);
    assert.equal(batch.children.length, want.children, name);
    assert.deepEqual(batch.rejected.map((r) => [r.line, r.field]), want.rejected, name);
    assert.deepEqual((batch.warnings ?? []).map((r) => [r.line, r.field]), want.warnings ?? [], name);
    assert.ok(batch.rejected.every((r) => r.file === name && r.reason.length > 20), name);
  }
});

test('CIN_header_issues_100.xml: the reference date that is not 31 March is a warning at its line (rule 100), not a refusal: a mid-year extract keeps nothing from the header', () => {
  const batch = readCinCensus(fake('CIN_header_issues_100.xml'));
  assert.ok(!batch.rejected.some((r) => r.field === 'ReferenceDate'));
  assert.deepEqual(batch.warnings?.[0], {
    file: 'CIN_header_issues_100.xml', line: 6, field: 'ReferenceDate',
    reason: 'ReferenceDate 2023-03-28 is not 31 March: the census is as at the end of March (rule 100)',
  });
});

test('what a fake child becomes: identity and referral from 2021-22 elements (GenderCurrent, ReferralNFA true)', () => {
  const batch = readCinCensus(fake('fake_CIN_data.xml'));
  const c = batch.children.find((x) => x.childReference === 'RND000824303014')!;
  assert.deepEqual(c.identity, { dateOfBirth: '2011-04-27', expectedDateOfBirth: null, sex: '9', upn: 'A141396438491', ethnicity: 'WROM' });
  assert.deepEqual(c.source, { file: 'fake_CIN_data.xml', line: 38 });
  assert.deepEqual(c.records.map((r) => [r.recordType, r.match, r.source.line]), [
    ['referrals', { referralDate: '2013-10-25' }, 48],
    ['referrals', { referralDate: '2017-10-22' }, 57],
  ]);
  assert.deepEqual(c.records[0]!.fields, {
    referralDate: '2013-10-25', sourceCode: '6', primaryNeedCode: 'N8', closeDate: '2014-01-01', closeReason: 'RC1', noFurtherAction: true,
  });
  // Open: no closure in the file, so none is set (a stored one is kept).
  assert.equal(c.records[1]!.fields.closeDate, undefined);
});

// --- Each check's failing case -------------------------------------------------------------------------

test('a file that is not XML, or not a CIN census, is refused whole with one rejection', () => {
  assert.deepEqual(read('CHILD,DOB\n1,2015-01-01\n'), {
    format: 'cin-census', collectionYear: null, rows: 0, children: [],
    rejected: [{ file: 'cin.xml', line: 1, field: null, reason: 'the file is not well-formed XML (text data outside of root node.), so nothing in it was read' }],
  });
  const truncated = read(census(child()).split('</Child>')[0]!);
  assert.equal(truncated.children.length, 0);
  assert.equal(truncated.rejected.length, 1);
  assert.match(truncated.rejected[0]!.reason, /not well-formed XML/);
  assert.equal(read('').rejected.length, 1);

  const school = census(child(), '<Collection>SCHOOL CENSUS</Collection><Year>2026</Year>');
  assert.deepEqual(read(school).rejected, [{ file: 'cin.xml', line: 3, field: 'Collection', reason: 'this is not a CIN census file, so nothing in it was read: its Collection is SCHOOL CENSUS, not CIN' }]);
  assert.deepEqual(read('<Envelope>\n<Child/>\n</Envelope>').rejected, [{ file: 'cin.xml', line: 1, field: null, reason: 'this is not a CIN census file, so nothing in it was read: its root element is Envelope, not Message' }]);
  assert.equal(read('<Message><Header/></Message>').rejected[0]!.field, 'Children');
  assert.equal(read(census('')).rejected[0]!.field, 'Child');
});

test('a well-formed child reads: identity, the referral with its fields, line numbers; ReferralNFA 0 sets nothing (Lantern marks only NFA referrals)', () => {
  const xml = census(child());
  const batch = read(xml);
  assert.deepEqual(batch.rejected, []);
  assert.equal(batch.collectionYear, 2026);
  assert.deepEqual(batch.children, [{
    childReference: 'C1',
    identity: { dateOfBirth: '2015-06-01', expectedDateOfBirth: null, sex: '2', upn: null, ethnicity: 'WBRI' },
    records: [{
      recordType: 'referrals', match: { referralDate: '2025-05-01' },
      fields: { referralDate: '2025-05-01', sourceCode: '2A', primaryNeedCode: undefined, closeDate: undefined, closeReason: undefined, noFurtherAction: undefined },
      source: { file: 'cin.xml', line: lineOf(xml, '<CINdetails>') },
    }],
    source: { file: 'cin.xml', line: lineOf(xml, '<Child>') },
  }]);
});

test('LAchildID must be given, and be what Lantern holds as a child reference', () => {
  const ids = (id: string) => census(child({ identifiers: `<ChildIdentifiers>\n<LAchildID>${id}</LAchildID>\n<PersonBirthDate>2015-06-01</PersonBirthDate>\n<Sex>F</Sex>\n</ChildIdentifiers>` }));
  const xml = ids(' ');
  assert.deepEqual(onlyRejection(xml, null), { file: 'cin.xml', line: lineOf(xml, '<LAchildID>'), field: 'LAchildID', reason: 'LAchildID is missing from ChildIdentifiers; the census requires it' });
  assert.equal(onlyRejection(ids('child_fails_assessments'), 'child_fails_assessments').reason, 'LAchildID child_fails_assessments cannot be a Lantern child reference, which is 1 to 20 letters and digits');
  assert.equal(read(ids('DfEX0000001')).children[0]!.childReference, 'DfEX0000001');
});

test('a child given twice in one file: the second is refused (rule 8510)', () => {
  const xml = census(`${child()}\n${child().replace('2025-05-01', '2025-09-01')}`);
  const batch = read(xml);
  assert.deepEqual(batch.children.map((c) => c.records[0]!.match), [{ referralDate: '2025-05-01' }]);
  assert.deepEqual(batch.rejected, [{ file: 'cin.xml', line: xml.split('\n').lastIndexOf('<Child>') + 1, field: 'LAchildID', reason: 'a second Child with LAchildID C1 in this file: each child is returned once', childReference: 'C1' }]);
});

test('a byte order mark and namespace prefixes are read past', () => {
  const batch = read(`\uFEFF${census(child())}`.replace(/<(\/?)(\w+)/g, '<$1cin:$2').replace('<cin:Message>', '<cin:Message xmlns:cin="urn:example">'));
  assert.deepEqual(batch.rejected, []);
  assert.equal(batch.children[0]!.childReference, 'C1');
});

test('dates must be real dates as YYYY-MM-DD', () => {
  const xml = census(child({ details: '<CINdetails>\n<CINreferralDate>2024-02-30</CINreferralDate>\n<ReferralSource>2A</ReferralSource>\n<ReferralNFA>0</ReferralNFA>\n</CINdetails>' }));
  const r = onlyRejection(xml);
  assert.deepEqual([r.line, r.field], [lineOf(xml, '2024-02-30'), 'CINreferralDate']);
  assert.equal(r.reason, 'CINreferralDate 2024-02-30 is not a date (the census writes dates as YYYY-MM-DD, e.g. 2025-03-31)');
  const born = census(child({ identifiers: '<ChildIdentifiers>\n<LAchildID>C1</LAchildID>\n<PersonBirthDate>01/06/2015</PersonBirthDate>\n<Sex>F</Sex>\n</ChildIdentifiers>' }));
  assert.deepEqual(read(born).rejected.map((x) => x.field), ['PersonBirthDate']);
});

test('a date of birth or an expected date of birth is needed; an unborn child reads with sex U as not yet born', () => {
  const none = census(child({ identifiers: '<ChildIdentifiers>\n<LAchildID>C1</LAchildID>\n<Sex>U</Sex>\n</ChildIdentifiers>' }));
  assert.match(onlyRejection(none).reason, /give PersonBirthDate, or ExpectedPersonBirthDate/);
  const unborn = read(census(child({ identifiers: '<ChildIdentifiers>\n<LAchildID>C1</LAchildID>\n<ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>\n<Sex>U</Sex>\n</ChildIdentifiers>' })));
  assert.deepEqual(unborn.children[0]!.identity, { dateOfBirth: null, expectedDateOfBirth: '2026-05-01', sex: '0', upn: null, ethnicity: 'WBRI' });
  // Both given (rule 8525Q is a query, not an error): the date of birth is kept, the expected date is not.
  const both = read(census(child({ identifiers: '<ChildIdentifiers>\n<LAchildID>C1</LAchildID>\n<PersonBirthDate>2015-06-01</PersonBirthDate>\n<ExpectedPersonBirthDate>2015-06-20</ExpectedPersonBirthDate>\n<GenderCurrent>1</GenderCurrent>\n</ChildIdentifiers>' })));
  assert.deepEqual(both.children[0]!.identity, { dateOfBirth: '2015-06-01', expectedDateOfBirth: null, sex: '1', upn: null, ethnicity: 'WBRI' });
});

test('codes must be the census\'s: sex, ethnicity, disability, referral source, primary need, reason for closure, factors, category of abuse', () => {
  const cases: [string, string, string][] = [
    ['<Sex>F</Sex>', '<Sex>X</Sex>', 'Sex X is not a sex code of the census (M, F or U; before 2024-25 1, 2, 0 or 9)'],
    ['<Ethnicity>WBRI</Ethnicity>', '<Ethnicity>WBR</Ethnicity>', 'Ethnicity WBR is not a ethnicity code of the census'],
    ['<Ethnicity>WBRI</Ethnicity>', '<Ethnicity>WBRI</Ethnicity>\n<Disabilities>\n<Disability>EYES</Disability>\n</Disabilities>', 'Disability EYES is not a disability code of the census'],
    ['<ReferralSource>2A</ReferralSource>', '<ReferralSource>11</ReferralSource>', 'ReferralSource 11 is not a referral source code of the census'],
    ['<ReferralNFA>0</ReferralNFA>', '<PrimaryNeedCode>N10</PrimaryNeedCode>\n<ReferralNFA>0</ReferralNFA>', 'PrimaryNeedCode N10 is not a primary need code of the census'],
    ['<ReferralNFA>0</ReferralNFA>', '<CINclosureDate>2025-06-01</CINclosureDate>\n<ReasonForClosure>RC10</ReasonForClosure>\n<ReferralNFA>0</ReferralNFA>', 'ReasonForClosure RC10 is not a reason for closure code of the census'],
    ['<ReferralNFA>0</ReferralNFA>', '<Assessments>\n<AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>\n<FactorsIdentifiedAtAssessment>\n<AssessmentFactors>RB</AssessmentFactors>\n</FactorsIdentifiedAtAssessment>\n</Assessments>\n<ReferralNFA>0</ReferralNFA>', 'AssessmentFactors RB is not an assessment factor code of the census'],
    ['<ReferralNFA>0</ReferralNFA>', '<ReferralNFA>0</ReferralNFA>\n<ChildProtectionPlans>\n<CPPstartDate>2025-06-01</CPPstartDate>\n<InitialCategoryOfAbuse>NGL</InitialCategoryOfAbuse>\n<LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>\n<NumberOfPreviousCPP>0</NumberOfPreviousCPP>\n</ChildProtectionPlans>', 'InitialCategoryOfAbuse NGL is not a category of abuse code of the census'],
    ['<ReferralNFA>0</ReferralNFA>', '<ReferralNFA>maybe</ReferralNFA>', 'ReferralNFA maybe is not yes or no (the census writes 1 or 0; older files true or false)'],
  ];
  for (const [from, to, reason] of cases) {
    const xml = census(child()).replace(from, to);
    const r = onlyRejection(xml);
    assert.equal(r.reason, reason);
    const bad = reason.split(' ').slice(0, 2).join('>');
    assert.equal(r.line, lineOf(xml, `<${bad}<`), reason);
  }
});

test('NONE is not a disability beside others; 21 is not a factor beside others; a repeated code is read once', () => {
  const none = census(child({ characteristics: '<ChildCharacteristics>\n<Ethnicity>WBRI</Ethnicity>\n<Disabilities>\n<Disability>NONE</Disability>\n<Disability>LD</Disability>\n</Disabilities>\n</ChildCharacteristics>' }));
  assert.deepEqual(onlyRejection(none), { file: 'cin.xml', line: lineOf(none, '<Disabilities>'), field: 'Disability', reason: 'Disability NONE is given with LD: NONE means the child has no disability' });
  const twice = read(census(child({ characteristics: '<ChildCharacteristics>\n<Ethnicity>WBRI</Ethnicity>\n<Disabilities>\n<Disability>LD</Disability>\n<Disability>AUT</Disability>\n<Disability>LD</Disability>\n</Disabilities>\n</ChildCharacteristics>' })));
  assert.deepEqual(twice.children[0]!.identity.disabilities, ['LD', 'AUT']);

  const factors = (codes: string[]) => census(child({ details: `<CINdetails>\n<CINreferralDate>2025-05-01</CINreferralDate>\n<ReferralSource>2A</ReferralSource>\n<Assessments>\n<AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>\n<AssessmentAuthorisationDate>2025-06-02</AssessmentAuthorisationDate>\n<FactorsIdentifiedAtAssessment>\n${codes.map((c) => `<AssessmentFactors>${c}</AssessmentFactors>`).join('\n')}\n</FactorsIdentifiedAtAssessment>\n</Assessments>\n<ReferralNFA>0</ReferralNFA>\n</CINdetails>` }));
  const with21 = factors(['21', '3A']);
  assert.deepEqual(onlyRejection(with21), { file: 'cin.xml', line: lineOf(with21, '<FactorsIdentifiedAtAssessment>'), field: 'AssessmentFactors', reason: 'AssessmentFactors 21 (no factors identified) is given with 3A: 21 is only for when there are none' });
  const assessment = read(factors(['3A', '4B', '3A'])).children[0]!.records[1]!;
  assert.deepEqual(assessment.fields, { startDate: '2025-05-02', authorisedDate: '2025-06-02', factors: ['3A', '4B'] });
  assert.deepEqual(assessment.refs, { referralId: { recordType: 'referrals', match: { referralDate: '2025-05-01' } } });
});

test('a UPN must be a UPN\'s shape; none given means the child has none', () => {
  const ids = (upn: string) => `<ChildIdentifiers>\n<LAchildID>C1</LAchildID>\n${upn}\n<PersonBirthDate>2015-06-01</PersonBirthDate>\n<Sex>F</Sex>\n</ChildIdentifiers>`;
  const bad = census(child({ identifiers: ids('<UPN>A12345</UPN>') }));
  assert.deepEqual(onlyRejection(bad), { file: 'cin.xml', line: lineOf(bad, '<UPN>'), field: 'UPN', reason: 'UPN A12345 is not a unique pupil number (a letter, 11 digits, then a digit or a letter)' });
  assert.equal(read(census(child({ identifiers: ids('<UPN>a12345678901b</UPN>') }))).children[0]!.identity.upn, 'A12345678901B');
  assert.equal(read(census(child({ identifiers: ids('<UPNunknown>UN1</UPNunknown>') }))).children[0]!.identity.upn, null);
});

test('required elements: ReferralSource, ReferralNFA, Ethnicity, sex, a start date, categories of abuse', () => {
  const missing: [string, string, string][] = [
    ['<ReferralSource>2A</ReferralSource>\n', '', 'ReferralSource'],
    ['<ReferralNFA>0</ReferralNFA>\n', '', 'ReferralNFA'],
    ['<Ethnicity>WBRI</Ethnicity>\n', '', 'Ethnicity'],
    ['<Sex>F</Sex>\n', '', 'Sex'],
  ];
  for (const [from, to, field] of missing) {
    const r = onlyRejection(census(child()).replace(from, to));
    assert.equal(r.field, field);
    assert.match(r.reason, /is missing from \w+; the census requires it/, field);
  }
  const planWithout = census(child({ details: '<CINdetails>\n<CINreferralDate>2025-05-01</CINreferralDate>\n<ReferralSource>2A</ReferralSource>\n<CINPlanDates>\n<CINPlanEndDate>2025-06-01</CINPlanEndDate>\n</CINPlanDates>\n<ReferralNFA>0</ReferralNFA>\n</CINdetails>' }));
  assert.deepEqual(onlyRejection(planWithout), { file: 'cin.xml', line: lineOf(planWithout, '<CINPlanDates>'), field: 'CINPlanStartDate', reason: 'CINPlanStartDate is missing from CINPlanDates; the census requires it' });
  const twice = census(child()).replace('<ReferralNFA>0</ReferralNFA>', '<ReferralNFA>0</ReferralNFA>\n<ReferralNFA>1</ReferralNFA>');
  assert.equal(onlyRejection(twice).reason, 'ReferralNFA is given 2 times in one CINdetails; the census allows one');
  assert.equal(onlyRejection(census('<Child>\n<ChildIdentifiers>\n<LAchildID>C1</LAchildID>\n<PersonBirthDate>2015-06-01</PersonBirthDate>\n<Sex>F</Sex>\n</ChildIdentifiers>\n<ChildCharacteristics>\n<Ethnicity>WBRI</Ethnicity>\n</ChildCharacteristics>\n</Child>')).field, 'CINdetails');
});

/** An episode from 2025-05-01 (closed 2026-01-31) holding `inner`. */
const episode = (inner: string, close = '<CINclosureDate>2026-01-31</CINclosureDate>\n<ReasonForClosure>RC7</ReasonForClosure>') =>
  census(child({ details: `<CINdetails>\n<CINreferralDate>2025-05-01</CINreferralDate>\n<ReferralSource>2A</ReferralSource>\n${close}\n${inner}\n<ReferralNFA>0</ReferralNFA>\n</CINdetails>` }));
const plan = (start: string, extra = '') => `<ChildProtectionPlans>\n<CPPstartDate>${start}</CPPstartDate>\n${extra}<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>\n<LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>\n<NumberOfPreviousCPP>0</NumberOfPreviousCPP>\n</ChildProtectionPlans>`;
const s47 = (start: string, icpc: string | null, notRequired = '0') => `<Section47>\n<S47ActualStartDate>${start}</S47ActualStartDate>\n${icpc ? `<DateOfInitialCPC>${icpc}</DateOfInitialCPC>\n` : ''}<ICPCnotRequired>${notRequired}</ICPCnotRequired>\n</Section47>`;

test('order: closure, authorisation, plan ends, the conference and reviews are not before what they follow', () => {
  const cases: [string, string, string][] = [
    [episode('', '<CINclosureDate>2025-04-30</CINclosureDate>\n<ReasonForClosure>RC7</ReasonForClosure>'), 'CINclosureDate', 'CINclosureDate 2025-04-30 is before CINreferralDate 2025-05-01: an episode closes on or after its referral (rule 8630)'],
    [episode('<Assessments>\n<AssessmentActualStartDate>2025-04-20</AssessmentActualStartDate>\n</Assessments>'), 'AssessmentActualStartDate', 'AssessmentActualStartDate 2025-04-20 is before CINreferralDate 2025-05-01: an assessment starts on or after its referral'],
    [episode('<Assessments>\n<AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>\n<AssessmentAuthorisationDate>2025-05-01</AssessmentAuthorisationDate>\n</Assessments>'), 'AssessmentAuthorisationDate', 'AssessmentAuthorisationDate 2025-05-01 is before AssessmentActualStartDate 2025-05-02: an assessment is authorised on or after it starts'],
    [episode('<CINPlanDates>\n<CINPlanStartDate>2025-06-01</CINPlanStartDate>\n<CINPlanEndDate>2025-05-31</CINPlanEndDate>\n</CINPlanDates>'), 'CINPlanEndDate', 'CINPlanEndDate 2025-05-31 is before CINPlanStartDate 2025-06-01: a plan ends on or after it starts'],
    [episode('<CINPlanDates>\n<CINPlanStartDate>2026-02-01</CINPlanStartDate>\n</CINPlanDates>'), 'CINPlanStartDate', 'CINPlanStartDate 2026-02-01 is after CINclosureDate 2026-01-31: a plan starts within its episode'],
    [episode(s47('2025-04-30', null)), 'S47ActualStartDate', 'S47ActualStartDate 2025-04-30 is before CINreferralDate 2025-05-01: a section 47 enquiry starts on or after its referral'],
    [episode(s47('2025-05-10', '2025-05-09')), 'DateOfInitialCPC', 'DateOfInitialCPC 2025-05-09 is before S47ActualStartDate 2025-05-10: the initial conference follows the enquiry (rule 8615)'],
    [episode(s47('2025-05-10', '2025-05-20', '1')), 'ICPCnotRequired', 'ICPCnotRequired is yes but DateOfInitialCPC 2025-05-20 is given: say one or the other'],
    [episode(plan('2025-04-01')), 'CPPstartDate', 'CPPstartDate 2025-04-01 is before CINreferralDate 2025-05-01: a plan starts within its episode'],
    [episode(plan('2025-06-01', '<CPPendDate>2025-05-01</CPPendDate>\n')), 'CPPendDate', 'CPPendDate 2025-05-01 is before CPPstartDate 2025-06-01: a plan ends on or after it starts'],
    [episode(plan('2025-06-01').replace('<NumberOfPreviousCPP>0</NumberOfPreviousCPP>', '<NumberOfPreviousCPP>0</NumberOfPreviousCPP>\n<Reviews>\n<CPPreviewDate>2025-06-01</CPPreviewDate>\n</Reviews>')), 'CPPreviewDate', 'CPPreviewDate 2025-06-01 is not after CPPstartDate 2025-06-01: a review conference follows the start of the plan'],
    [episode('', '<ReasonForClosure>RC7</ReasonForClosure>'), 'ReasonForClosure', 'ReasonForClosure RC7 is given but CINclosureDate is not: only a closed episode has a reason for closure'],
  ];
  for (const [xml, field, reason] of cases) {
    const r = onlyRejection(xml);
    assert.deepEqual([r.field, r.reason], [field, reason]);
    assert.equal(r.line, lineOf(xml, `<${field}>`), reason);
  }
});

test('a natural key given twice for one child is refused: Lantern would match the second to the first', () => {
  const twoEpisodes = census(child({ details: ['2025-05-01', '2025-05-01'].map((d) => `<CINdetails>\n<CINreferralDate>${d}</CINreferralDate>\n<ReferralSource>2A</ReferralSource>\n<ReferralNFA>0</ReferralNFA>\n</CINdetails>`).join('\n') }));
  const r = onlyRejection(twoEpisodes);
  assert.equal(r.reason, 'a second CINdetails with CINreferralDate 2025-05-01 for this child: Lantern keeps one referral per referral date');
  assert.equal(r.line, lineOf(twoEpisodes, '<CINdetails>') + 6, 'the second CINreferralDate');
  const sameConference = episode(`${s47('2025-05-10', '2025-05-20')}\n${s47('2025-05-11', '2025-05-20')}`);
  assert.equal(onlyRejection(sameConference).reason, 'a second Section47 with DateOfInitialCPC 2025-05-20 for this child: Lantern keeps one initial conference per date, of one enquiry');
});

test('a section 47 enquiry: its strategy discussion (a documented default), ICPCnotRequired as icpcRequired, a plan linked only to its own conference', () => {
  const batch = read(episode(`${s47('2025-05-10', null, 'true')}\n${s47('2025-06-01', '2025-06-10')}\n${plan('2025-06-10')}\n${plan('2025-09-01')}`));
  assert.deepEqual(batch.rejected, []);
  const records = batch.children[0]!.records;
  const byType = (t: string) => records.filter((r) => r.recordType === t);
  assert.deepEqual(byType('strategyDiscussions').map((r) => [r.match, r.defaults]), [
    [{ date: '2025-05-10' }, { thresholdDecisionDate: '2025-05-10', decision: 's47' }],
    [{ date: '2025-06-01' }, { thresholdDecisionDate: '2025-06-01', decision: 's47' }],
  ]);
  assert.deepEqual(byType('s47Enquiries').map((r) => r.fields), [{ startDate: '2025-05-10', icpcRequired: false }, { startDate: '2025-06-01', icpcRequired: true }]);
  assert.deepEqual(byType('initialConferences').map((r) => [r.fields, r.refs]), [[{ date: '2025-06-10', planMade: true }, { s47EnquiryId: { recordType: 's47Enquiries', match: { startDate: '2025-06-01' } } }]]);
  assert.deepEqual(byType('cpPlans').map((r) => [r.fields, r.refs]), [
    [{ startDate: '2025-06-10', endDate: undefined, initialCategory: 'neglect', latestCategory: 'emotional' }, { initialConferenceId: { recordType: 'initialConferences', match: { date: '2025-06-10' } } }],
    [{ startDate: '2025-09-01', endDate: undefined, initialCategory: 'neglect', latestCategory: 'emotional' }, undefined],
  ]);
  // Needing no conference, the enquiry ended: the census has no end date, so the earliest day it allows.
  assert.deepEqual(byType('s47Enquiries').map((r) => r.defaults), [{ endDate: '2025-05-10' }, undefined]);
  const before = read(census(child({ details: `<CINdetails>\n<CINreferralDate>2025-03-01</CINreferralDate>\n<ReferralSource>2A</ReferralSource>\n${s47('2025-03-20', null, '1')}\n<ReferralNFA>0</ReferralNFA>\n</CINdetails>` })));
  assert.deepEqual(before.children[0]!.records.find((r) => r.recordType === 's47Enquiries')!.defaults, { endDate: '2025-04-01' }, 'open in the 2025-26 census, so not ended before 1 April 2025');
  // Applied to an empty journey, the references resolve in the order the records come.
  const applied = applyImportedRecords({ child: { id: 'c', dateOfBirth: '2015-06-01' } }, records, newId);
  assert.deepEqual(applied.rejected, []);
  assert.ok(parseJourney(applied.journey).ok);
});

test('a DateOfInitialCPC directly under CINdetails is not kept (Lantern holds a conference only after an s47 enquiry)', () => {
  const batch = read(episode('').replace('<ReasonForClosure>RC7</ReasonForClosure>', '<ReasonForClosure>RC7</ReasonForClosure>\n<DateOfInitialCPC>2025-05-20</DateOfInitialCPC>'));
  assert.deepEqual(batch.rejected, []);
  assert.deepEqual(batch.children[0]!.records.map((r) => r.recordType), ['referrals']);
});

test('every problem in a child is reported, and other children are still read', () => {
  const good = child().replace('C1', 'C2');
  const bad = child({ identifiers: '<ChildIdentifiers>\n<LAchildID>C1</LAchildID>\n<PersonBirthDate>2015-13-01</PersonBirthDate>\n<Sex>Q</Sex>\n</ChildIdentifiers>' });
  const batch = read(census(`${bad}\n${good}`));
  assert.equal(batch.rows, 2);
  assert.deepEqual(batch.children.map((c) => c.childReference), ['C2']);
  assert.deepEqual(batch.rejected.map((r) => r.field), ['PersonBirthDate', 'Sex']);
  // Within an episode too: a referral date that is not a date does not hide its assessment's problem.
  const episodeProblems = read(census(child({ details: '<CINdetails>\n<CINreferralDate>2025-5-1</CINreferralDate>\n<ReferralSource>2A</ReferralSource>\n<Assessments>\n<AssessmentActualStartDate>2025-06-02</AssessmentActualStartDate>\n<AssessmentAuthorisationDate>2025-06-01</AssessmentAuthorisationDate>\n</Assessments>\n<ReferralNFA>0</ReferralNFA>\n</CINdetails>' })));
  assert.deepEqual(episodeProblems.rejected.map((r) => r.field), ['CINreferralDate', 'AssessmentAuthorisationDate']);
});
