// The children in need census: who is in it, what each element says, and that the document is valid
// against DfE's schema (../shared/standards/cin/xsd/CIN_schema_2026.xsd, read by the test: the builder
// does no I/O) for a hand-built population and for a synthetic LA.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { buildCinCensus, CinCensusError, type CinCensusIdentity, type CinCensusInput } from './build-cin-census.ts';
import { escapeXmlText } from '../xml.ts';
import { parseJourney } from '../../practice/journey/parse-journey.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { generateLocalAuthority } from '../../synth/generate.ts';

// shared/ sits next to main/ on developer machines and in CI (as in bank-holidays.test.ts).
const here = path.dirname(fileURLToPath(import.meta.url));
const xsdFile = path.join(here, '..', '..', '..', '..', 'shared', 'standards', 'cin', 'xsd', 'CIN_schema_2026.xsd');
const xsd = readFileSync(xsdFile, 'utf8');

async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'cin.xml', contents: xml }], schema: [xsd], maxMemoryPages: 16384 });
  return result.errors.map((e) => e.rawMessage);
}

const collection = { start: '2025-04-01', end: '2026-03-31' };

const identity = (over: Partial<CinCensusIdentity> & Pick<CinCensusIdentity, 'childReference'>): CinCensusIdentity => ({
  dateOfBirth: '2015-06-01', expectedDateOfBirth: null, sex: '1', ethnicity: 'WBRI', upn: null, disabilities: [], uasc: false, ...over,
});

function journey(id: string, who: CinCensusIdentity, records: Omit<Journey, 'child'>): Journey {
  const j: Journey = { child: { id, dateOfBirth: who.dateOfBirth, expectedDateOfBirth: who.expectedDateOfBirth }, ...records };
  const parsed = parseJourney(j);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  return j;
}

// A: open episode with an assessment, an s47 that went to conference, and a CP plan (plus history before the year).
const a = identity({ childReference: 'C001', upn: 'A123456789012', disabilities: ['LD', 'AUT', 'LD'] });
const aJourney = journey('a', a, {
  referrals: [
    { id: 'r1', referralDate: '2020-01-10', sourceCode: '6', primaryNeedCode: 'N1', closeDate: '2021-03-01', closeReason: 'RC7' },
    { id: 'r2', referralDate: '2025-05-01', sourceCode: '2A', primaryNeedCode: 'N1', closeDate: null, closeReason: null },
  ],
  assessments: [{ id: 'a1', referralId: 'r2', startDate: '2025-05-02', authorisedDate: '2025-06-10', factors: ['3B', '1B', '3B', 'XX'] }],
  strategyDiscussions: [
    { id: 'sd0', thresholdDecisionDate: '2020-01-10', date: '2020-01-11', referralId: 'r1' },
    { id: 'sd1', thresholdDecisionDate: '2025-05-03', date: '2025-05-05', referralId: 'r2' },
  ],
  s47Enquiries: [
    { id: 's0', strategyDiscussionId: 'sd0', startDate: '2020-01-11', endDate: '2020-01-20', icpcRequired: true },
    { id: 's1', strategyDiscussionId: 'sd1', startDate: '2025-05-05', endDate: '2025-05-16', icpcRequired: true },
  ],
  initialConferences: [
    { id: 'c0', s47EnquiryId: 's0', date: '2020-01-30', planMade: true },
    { id: 'c1', s47EnquiryId: 's1', date: '2025-05-20', planMade: true },
  ],
  cpPlans: [
    { id: 'p0', initialConferenceId: 'c0', startDate: '2020-01-30', endDate: '2021-02-20', initialCategory: 'physical', latestCategory: 'physical' },
    { id: 'p1', initialConferenceId: 'c1', startDate: '2025-05-20', endDate: null, initialCategory: 'neglect', latestCategory: 'emotional' },
  ],
  reviewConferences: [
    { id: 'rc0', cpPlanId: 'p0', date: '2020-04-20' },
    { id: 'rc1', cpPlanId: 'p1', date: '2025-08-10' },
    { id: 'rc2', cpPlanId: 'p1', date: '2026-02-09' },
  ],
});

// B: episode open on 1 April, closed in the year; s47 that needed no conference; CIN plan; no referral source.
const b = identity({ childReference: 'C002', dateOfBirth: '2012-02-29', sex: '2', ethnicity: 'BAFR' });
const bJourney = journey('b', b, {
  referrals: [{ id: 'r1', referralDate: '2024-11-01', primaryNeedCode: 'N4', closeDate: '2025-06-30', closeReason: 'RC7' }],
  // Authorised before the year began: not returned (rule 8696).
  assessments: [{ id: 'a1', referralId: 'r1', startDate: '2024-11-02', authorisedDate: '2024-12-01', factors: ['4B'] }],
  cinPlans: [{ id: 'cp1', startDate: '2024-12-10', endDate: '2025-06-30' }],
  strategyDiscussions: [{ id: 'sd1', thresholdDecisionDate: '2025-04-09', date: '2025-04-10', referralId: 'r1' }],
  s47Enquiries: [{ id: 's1', strategyDiscussionId: 'sd1', startDate: '2025-04-10', endDate: '2025-04-22', icpcRequired: false }],
});

// C: unborn, referred in February, assessment not finished by 31 March.
const c = identity({ childReference: 'C003', dateOfBirth: null, expectedDateOfBirth: '2026-05-01', sex: '0', ethnicity: 'NOBT' });
const cJourney = journey('c', c, {
  referrals: [{ id: 'r1', referralDate: '2026-02-01', sourceCode: '3B', primaryNeedCode: 'N1', closeDate: null }],
  assessments: [{ id: 'a1', referralId: 'r1', startDate: '2026-03-02', authorisedDate: null, factors: [] }],
});

// D: a referral with no further action (closed the next day, no reason recorded), indeterminate sex, no UPN.
const d = identity({ childReference: 'C004', dateOfBirth: '2010-09-15', sex: '9' });
const dJourney = journey('d', d, {
  referrals: [{ id: 'r1', referralDate: '2025-09-01', sourceCode: '1A', primaryNeedCode: null, closeDate: '2025-09-02', closeReason: null, noFurtherAction: true }],
});

// E: closed after 31 March (as at the end, still open); F: closed before the year; G: referred after it.
const e = identity({ childReference: 'C005', uasc: true, dateOfBirth: '2009-01-01' });
const eJourney = journey('e', e, {
  referrals: [{ id: 'r1', referralDate: '2025-01-10', sourceCode: '7', primaryNeedCode: 'N8', closeDate: '2026-04-15', closeReason: 'RC7' }],
  cinPlans: [{ id: 'cp1', startDate: '2025-02-01', endDate: '2026-04-15' }],
});
const f = identity({ childReference: 'C006' });
const fJourney = journey('f', f, { referrals: [{ id: 'r1', referralDate: '2024-06-01', sourceCode: '6', closeDate: '2025-03-31', closeReason: 'RC7' }] });
const g = identity({ childReference: 'C007' });
const gJourney = journey('g', g, { referrals: [{ id: 'r1', referralDate: '2026-04-01', sourceCode: '6', closeDate: null }] });

const input: CinCensusInput = {
  la: { dfeCode: '201' },
  collection,
  children: [
    { identity: d, journey: dJourney }, { identity: a, journey: aJourney }, { identity: b, journey: bJourney }, { identity: c, journey: cJourney },
    { identity: e, journey: eJourney }, { identity: f, journey: fJourney }, { identity: g, journey: gJourney },
  ],
};
const xml = buildCinCensus(input);

/** The <Child> block whose LAchildID is `ref`, whitespace between tags removed. */
function childBlock(ref: string): string {
  const block = xml.split('<Child>').slice(1).find((b) => b.includes(`<LAchildID>${ref}</LAchildID>`));
  assert.ok(block, `child ${ref} is in the census`);
  return block.split('</Child>')[0]!.replace(/>\s+</g, '><');
}

test('the hand-built census is valid against CIN_schema_2026.xsd', async () => {
  assert.deepEqual(await xsdErrors(xml), []);
});

test('the XSD check is not vacuous: a code outside an enumeration, or elements out of order, are errors', async () => {
  const badSex = xml.replace('<Sex>M</Sex>', '<Sex>X</Sex>');
  assert.ok((await xsdErrors(badSex)).some((m) => m.includes('Sex')));
  // The XSD puts Section47 before ReferralNFA; swap them.
  const outOfOrder = xml.replace(/(\s*<Section47>[\s\S]*?<\/Section47>)(\s*<ReferralNFA>0<\/ReferralNFA>)/, '$2$1');
  assert.notEqual(outOfOrder, xml);
  assert.ok((await xsdErrors(outOfOrder)).length > 0);
});

test('children with an episode open in the year are in it, in LAchildID order; others are not', () => {
  const refs = [...xml.matchAll(/<LAchildID>([^<]*)<\/LAchildID>/g)].map((m) => m[1]);
  assert.deepEqual(refs, ['C001', 'C002', 'C003', 'C004', 'C005']);
});

test('the header names the collection, its year, the reference date and the LA', () => {
  const header = xml.split('<Children>')[0]!.replace(/>\s+</g, '><');
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<Message>'));
  assert.match(header, /<CollectionDetails><Collection>CIN<\/Collection><Year>2026<\/Year><ReferenceDate>2026-03-31<\/ReferenceDate><\/CollectionDetails>/);
  assert.match(header, /<Source><SourceLevel>L<\/SourceLevel><LEA>201<\/LEA><SoftwareCode>Lantern<\/SoftwareCode><\/Source>/);
});

test('a child on a CP plan: identifiers, characteristics, the episode, assessment, s47 with conference, and plan', () => {
  const block = childBlock('C001');
  assert.ok(block.includes('<UPN>A123456789012</UPN><PersonBirthDate>2015-06-01</PersonBirthDate><Sex>M</Sex>'));
  assert.ok(!block.includes('UPNunknown'));
  assert.ok(block.includes('<Ethnicity>WBRI</Ethnicity><Disabilities><Disability>LD</Disability><Disability>AUT</Disability></Disabilities>'));
  // Only the episode open in the year; the 2020 episode and its plan are history.
  assert.equal(block.split('<CINdetails>').length - 1, 1);
  assert.ok(block.includes('<CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><Assessments>'));
  assert.ok(block.includes(
    '<Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate>'
      + '<FactorsIdentifiedAtAssessment><AssessmentFactors>3B</AssessmentFactors><AssessmentFactors>1B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>',
  ));
  assert.ok(block.includes('<Section47><S47ActualStartDate>2025-05-05</S47ActualStartDate><DateOfInitialCPC>2025-05-20</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47><ReferralNFA>0</ReferralNFA>'));
  assert.ok(block.includes(
    '<ChildProtectionPlans><CPPstartDate>2025-05-20</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>'
      + '<NumberOfPreviousCPP>1</NumberOfPreviousCPP><Reviews><CPPreviewDate>2025-08-10</CPPreviewDate><CPPreviewDate>2026-02-09</CPPreviewDate></Reviews></ChildProtectionPlans>',
  ));
  assert.ok(!block.includes('CINclosureDate') && !block.includes('CPPendDate'));
});

test('an episode closed in the year: closure and reason, a CIN plan, an s47 needing no conference, source unknown', () => {
  const block = childBlock('C002');
  assert.ok(block.includes('<UPNunknown>UN4</UPNunknown><PersonBirthDate>2012-02-29</PersonBirthDate><Sex>F</Sex>'));
  assert.ok(block.includes('<Ethnicity>BAFR</Ethnicity></ChildCharacteristics>'), 'no Disabilities when none are recorded');
  assert.ok(block.includes('<ReferralSource>10</ReferralSource><PrimaryNeedCode>N4</PrimaryNeedCode><CINclosureDate>2025-06-30</CINclosureDate><ReasonForClosure>RC7</ReasonForClosure>'));
  assert.ok(!block.includes('<Assessments>'), 'the assessment authorised before the year is not returned');
  assert.ok(block.includes('<CINPlanDates><CINPlanStartDate>2024-12-10</CINPlanStartDate><CINPlanEndDate>2025-06-30</CINPlanEndDate></CINPlanDates>'));
  assert.ok(block.includes('<Section47><S47ActualStartDate>2025-04-10</S47ActualStartDate><ICPCnotRequired>1</ICPCnotRequired></Section47>'));
  assert.ok(!block.includes('ChildProtectionPlans'));
});

test('an unborn child: expected date of birth, sex U, UN1, an assessment still open', () => {
  const block = childBlock('C003');
  assert.ok(block.includes('<LAchildID>C003</LAchildID><UPNunknown>UN1</UPNunknown><ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate><Sex>U</Sex>'));
  assert.ok(!block.includes('<PersonBirthDate>'), 'no date of birth');
  assert.ok(block.includes('<Assessments><AssessmentActualStartDate>2026-03-02</AssessmentActualStartDate></Assessments><ReferralNFA>0</ReferralNFA>'));
});

test('a referral with no further action: ReferralNFA 1, UN7, sex 9 as U, no reason for closure Lantern does not hold', () => {
  const block = childBlock('C004');
  assert.ok(block.includes('<UPNunknown>UN7</UPNunknown><PersonBirthDate>2010-09-15</PersonBirthDate><Sex>U</Sex>'));
  assert.ok(block.includes('<CINreferralDate>2025-09-01</CINreferralDate><ReferralSource>1A</ReferralSource><CINclosureDate>2025-09-02</CINclosureDate><ReferralNFA>1</ReferralNFA>'));
});

test('as at 31 March: a closure and a plan end after it are not returned; a UASC child without a UPN is UN2', () => {
  const block = childBlock('C005');
  assert.ok(block.includes('<UPNunknown>UN2</UPNunknown>'));
  assert.ok(!block.includes('CINclosureDate') && !block.includes('ReasonForClosure') && !block.includes('CINPlanEndDate'));
  assert.ok(block.includes('<CINPlanDates><CINPlanStartDate>2025-02-01</CINPlanStartDate></CINPlanDates>'));
});

test('text is escaped; a census with no children, or a bad LA code, is refused', () => {
  assert.equal(escapeXmlText(`A&B <c> "d" 'e'`), 'A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
  assert.throws(() => buildCinCensus({ ...input, children: [{ identity: f, journey: fJourney }] }), CinCensusError);
  assert.throws(() => buildCinCensus({ ...input, la: { dfeCode: '20' } }), CinCensusError);
});

test('a synthetic small LA (seed 11, as at 2026-03-31) gives a census valid against the XSD', async (t) => {
  const started = performance.now();
  const la = generateLocalAuthority({ seed: 11, size: 'small', asAt: '2026-03-31', name: 'Synthetic', dfeCode: '999', usernamePrefix: '' });
  const generated = performance.now();
  const census = buildCinCensus({
    la: { dfeCode: la.dfeCode },
    collection,
    children: la.children.map((child, i) => ({ identity: child, journey: la.journeys[i]! })),
  });
  const built = performance.now();
  const errors = await xsdErrors(census);
  const validated = performance.now();
  t.diagnostic(`children ${la.children.length}, in census ${census.split('<Child>').length - 1}, ${census.length} bytes; `
    + `generate ${(generated - started).toFixed(0)} ms, build ${(built - generated).toFixed(1)} ms, validate ${(validated - built).toFixed(0)} ms`);
  assert.deepEqual(errors.slice(0, 10), []);
  assert.ok(census.split('<Child>').length - 1 > 50);
  for (const element of ['<ChildProtectionPlans>', '<Section47>', '<CINPlanDates>', '<Assessments>', '<ReferralNFA>1</ReferralNFA>']) assert.ok(census.includes(element), element);
});
