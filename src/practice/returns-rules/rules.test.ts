// Every implemented rule has a passing and a failing case: a return record that passes every rule, and
// for each rule a mutation of it that breaks that rule. The test also insists that every rule in the
// registry has its mutation here, so a rule cannot be added without its failing case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CIN_RULES } from './cin-rules.ts';
import { SSDA903_RULES, type Ssda903Record } from './ssda903-rules.ts';
import type { CinChildRecord } from './cin-census-record.ts';
import type { RulesYear } from './rule.ts';
import { catalogueRule } from './catalogue.ts';

const YEAR: RulesYear = { start: '2025-04-01', end: '2026-03-31' };

function cinBase(): CinChildRecord {
  return {
    LAchildID: 'C1', UPN: null, UPNunknown: 'UN4', PersonBirthDate: '2015-06-01', ExpectedPersonBirthDate: null, Sex: 'M', Ethnicity: 'WBRI', Disability: ['NONE'],
    CINdetails: [
      {
        CINreferralDate: '2025-04-10', ReferralSource: '1A', PrimaryNeedCode: 'N1', CINclosureDate: '2025-09-30', ReasonForClosure: 'RC1', ReferralNFA: '0', DateOfInitialCPC: null,
        Assessments: [{ AssessmentActualStartDate: '2025-04-11', AssessmentAuthorisationDate: '2025-05-01', AssessmentFactors: ['2A'] }],
        CINPlanDates: [{ CINPlanStartDate: '2025-08-20', CINPlanEndDate: '2025-09-30' }],
        Section47: [{ S47ActualStartDate: '2025-05-02', DateOfInitialCPC: '2025-05-20', ICPCnotRequired: '0' }],
        ChildProtectionPlans: [{ CPPstartDate: '2025-05-20', CPPendDate: '2025-08-20', InitialCategoryOfAbuse: 'NEG', LatestCategoryOfAbuse: 'NEG', NumberOfPreviousCPP: '0', CPPreviewDate: ['2025-08-01'] }],
      },
      {
        CINreferralDate: '2025-11-01', ReferralSource: '2A', PrimaryNeedCode: 'N2', CINclosureDate: null, ReasonForClosure: null, ReferralNFA: '0', DateOfInitialCPC: null,
        Assessments: [{ AssessmentActualStartDate: '2025-11-02', AssessmentAuthorisationDate: null, AssessmentFactors: [] }],
        CINPlanDates: [], Section47: [], ChildProtectionPlans: [],
      },
    ],
  };
}

type CinChange = (c: CinChildRecord) => void;
const d1 = (c: CinChildRecord) => c.CINdetails[0]!;
const d2 = (c: CinChildRecord) => c.CINdetails[1]!;
const openS47 = { S47ActualStartDate: '2025-11-03', DateOfInitialCPC: null, ICPCnotRequired: '0' };

/** For each CIN rule: a change to the passing record that breaks it. */
const CIN_BREAKS: Record<string, CinChange> = {
  '1103': (c) => { d1(c).Assessments[0]!.AssessmentActualStartDate = '2025-04-01'; },
  '1104': (c) => { d1(c).Section47[0]!.DateOfInitialCPC = '2025-04-05'; },
  '1105': (c) => { d1(c).ChildProtectionPlans[0]!.CPPstartDate = '2025-04-05'; },
  '2889': (c) => { d1(c).Section47[0]!.S47ActualStartDate = '2025-04-05'; },
  '4015': (c) => { d1(c).CINPlanDates[0]!.CINPlanStartDate = '2025-04-05'; },
  '4011': (c) => { d1(c).CINPlanDates[0]!.CINPlanEndDate = '2025-08-19'; },
  '4012Q': (c) => { d1(c).CINPlanDates[0]!.CINPlanEndDate = '2025-08-20'; },
  '8520': (c) => { c.PersonBirthDate = '2026-04-01'; },
  '8600': (c) => { d2(c).CINreferralDate = '2026-04-02'; },
  '8608': (c) => { d1(c).Assessments[0]!.AssessmentAuthorisationDate = '2025-04-10'; },
  '8615': (c) => { d1(c).Section47[0]!.DateOfInitialCPC = '2025-05-01'; },
  '8630': (c) => { d1(c).CINclosureDate = '2025-04-09'; },
  '8720': (c) => { d1(c).ChildProtectionPlans[0]!.CPPstartDate = '2026-04-05'; },
  '4010': (c) => { d1(c).CINPlanDates[0]!.CINPlanStartDate = '2026-04-05'; },
  '8840': (c) => { d1(c).ChildProtectionPlans[0]!.CPPendDate = '2025-05-20'; },
  '8841': (c) => { d1(c).ChildProtectionPlans[0]!.CPPreviewDate = ['2025-05-20']; },
  '8925': (c) => { d1(c).ChildProtectionPlans[0]!.CPPendDate = '2025-05-19'; },
  '4013': (c) => { d1(c).CINPlanDates[0]!.CINPlanEndDate = '2026-04-02'; },
  '8620': (c) => { d1(c).CINclosureDate = '2026-04-02'; },
  '8696': (c) => { d1(c).Assessments[0]!.AssessmentAuthorisationDate = '2026-04-02'; },
  '8715': (c) => { d1(c).Section47[0]!.DateOfInitialCPC = '2026-04-02'; },
  '8930': (c) => { d1(c).ChildProtectionPlans[0]!.CPPendDate = '2026-04-02'; },
  '4180': (c) => { c.Sex = 'X'; },
  '4220': (c) => { c.Ethnicity = 'XXXX'; },
  '8568': (c) => { d1(c).ReferralNFA = ''; },
  '8640': (c) => { d1(c).ReasonForClosure = 'RC99'; },
  '8650': (c) => { d1(c).PrimaryNeedCode = 'N99'; },
  '8866': (c) => { d1(c).ReferralSource = '99'; },
  '8905': (c) => { d1(c).ChildProtectionPlans[0]!.InitialCategoryOfAbuse = 'ABC'; },
  '8910': (c) => { d1(c).ChildProtectionPlans[0]!.LatestCategoryOfAbuse = 'ABC'; },
  '1540': (c) => { c.UPN = 'A123X5678901A'; },
  '1550': (c) => { c.UPN = 'A12345678901!'; },
  '1570': (c) => { c.LAchildID = 'C'.repeat(21); },
  '1580': (c) => { c.LAchildID = 'C-1'; },
  '8500': (c) => { c.LAchildID = ''; },
  '2884': (c) => { d1(c).DateOfInitialCPC = '2025-05-20'; },
  '2883': (c) => { d1(c).ChildProtectionPlans.push({ ...d1(c).ChildProtectionPlans[0]!, CPPstartDate: '2025-08-21', CPPendDate: '2025-08-25', CPPreviewDate: [] }); },
  '2991Q': (c) => { d1(c).Assessments = []; },
  '4000': (c) => { d1(c).ReferralNFA = '1'; },
  '8831': (c) => { d1(c).ReferralNFA = '1'; },
  '8832': (c) => { d1(c).ReferralNFA = '1'; },
  '8610': (c) => { d2(c).PrimaryNeedCode = null; },
  '8805': (c) => { d1(c).ReasonForClosure = null; },
  '8810': (c) => { d2(c).ReasonForClosure = 'RC1'; },
  '8867': (c) => { d1(c).Assessments[0]!.AssessmentAuthorisationDate = null; },
  '8868': (c) => { d1(c).Section47[0]!.DateOfInitialCPC = null; },
  '8565': (c) => { d1(c).Assessments[0]!.AssessmentAuthorisationDate = '2025-10-05'; },
  '8839': (c) => { d2(c).Section47 = [openS47, { ...openS47, S47ActualStartDate: '2025-11-04' }]; },
  '8896': (c) => { d2(c).Assessments.push({ AssessmentActualStartDate: '2025-11-03', AssessmentAuthorisationDate: null, AssessmentFactors: [] }); },
  '8863Q': (c) => { d2(c).Assessments.push({ AssessmentActualStartDate: '2025-11-03', AssessmentAuthorisationDate: '2025-11-20', AssessmentFactors: ['2A'] }); },
  '8890': (c) => { d2(c).Section47 = [openS47, { ...openS47, S47ActualStartDate: '2025-11-04' }]; },
  '8875': (c) => { d1(c).Section47[0]!.DateOfInitialCPC = '2025-05-24'; },
  '8614': (c) => { d2(c).Assessments[0]!.AssessmentFactors = ['2A']; },
  '8869': (c) => { d1(c).Assessments[0]!.AssessmentFactors = ['21', '2A']; },
  '8898': (c) => { d1(c).Assessments[0]!.AssessmentFactors = ['2A', '2A']; },
  '8897Q': (c) => { d1(c).Assessments[0]!.AssessmentFactors = []; },
  '8945Q': (c) => { d1(c).Assessments[0]!.AssessmentFactors = ['18A']; },
  '8950Q': (c) => { d1(c).Assessments[0]!.AssessmentFactors = ['19A']; },
  '8790': (c) => { c.Disability = ['NONE', 'MOB']; },
  '8794': (c) => { c.Disability = ['MOB', 'MOB']; },
  '8540': (c) => { c.Disability = ['XYZ']; },
  '8750': (c) => { c.PersonBirthDate = null; c.ExpectedPersonBirthDate = '2026-05-01'; },
  '8525Q': (c) => { c.ExpectedPersonBirthDate = '2015-06-01'; },
  '8606': (c) => { c.PersonBirthDate = '2026-03-01'; },
  '8772': (c) => { c.UPNunknown = 'UN7'; },
  '8775Q': (c) => { c.PersonBirthDate = '2000-01-01'; },
  '8730': (c) => { d1(c).ChildProtectionPlans[0]!.NumberOfPreviousCPP = ''; },
  '8815': (c) => { d1(c).CINclosureDate = null; d1(c).ReasonForClosure = null; },
  '8816': (c) => { d1(c).CINclosureDate = null; d1(c).ReasonForClosure = null; },
  '8820': (c) => { d1(c).CINclosureDate = '2025-11-05'; },
  '4004': (c) => { d1(c).CINPlanDates[0]!.CINPlanEndDate = null; d2(c).CINPlanDates = [{ CINPlanStartDate: '2025-11-05', CINPlanEndDate: null }]; },
  '8935': (c) => { d1(c).ChildProtectionPlans[0]!.CPPendDate = null; d2(c).ChildProtectionPlans = [{ ...d1(c).ChildProtectionPlans[0]!, CPPstartDate: '2025-11-05', CPPreviewDate: [] }]; },
  '4014': (c) => { d2(c).CINPlanDates = [{ CINPlanStartDate: '2025-09-01', CINPlanEndDate: null }]; },
  '8940': (c) => { d2(c).ChildProtectionPlans = [{ ...d1(c).ChildProtectionPlans[0]!, CPPstartDate: '2025-06-01', CPPendDate: '2025-06-30', CPPreviewDate: [] }]; },
  '4016': (c) => { d1(c).CINPlanDates[0]!.CINPlanStartDate = '2025-06-01'; },
  '4017': (c) => { d1(c).CINPlanDates[0]!.CINPlanStartDate = '2025-05-01'; },
  '4003': (c) => { d1(c).ChildProtectionPlans[0]!.CPPreviewDate = ['2025-09-01']; },
};

function ssdaBase(): Ssda903Record {
  const child = 'C1';
  const DOB = '01/06/2012';
  const episode = { CHILD: child, CIN: 'N1', HOME_POST: 'CR0 1AA', PL_POST: 'CR0 2BB', URN: '' };
  return {
    header: [{ CHILD: child, SEX: 'M', DOB, ETHNIC: 'WBRI', UPN: 'UN4', MOTHER: '', MC_DOB: '' }],
    episodes: [
      { ...episode, DECOM: '01/05/2025', RNE: 'S', LS: 'C1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', DEC: '01/07/2025', REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' },
      { ...episode, DECOM: '01/07/2025', RNE: 'P', LS: 'C1', PLACE: 'U6', PLACE_PROVIDER: 'PR4', DEC: '01/09/2025', REC: 'X1', REASON_PLACE_CHANGE: '' },
      { ...episode, DECOM: '01/09/2025', RNE: 'L', LS: 'C2', PLACE: 'U6', PLACE_PROVIDER: 'PR4', DEC: '', REC: '', REASON_PLACE_CHANGE: '' },
    ],
    uasc: [{ CHILD: child, SEX: 'M', DOB, DUC: '' }],
    reviews: [{ CHILD: child, DOB, REVIEW: '01/06/2025', REVIEW_CODE: 'PN1' }],
    missing: [{ CHILD: child, DOB, MISSING: 'M', MIS_START: '01/08/2025', MIS_END: '02/08/2025' }],
    oc2: [{ CHILD: child, DOB, SDQ_SCORE: '12', SDQ_REASON: '', CONVICTED: '', HEALTH_CHECK: '', IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '', INTERVENTION_RECEIVED: '', INTERVENTION_OFFERED: '' }],
    oc3: [{ CHILD: child, DOB, IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'B1' }],
    ad1: [{ CHILD: child, DOB, DATE_INT: '01/06/2025', DATE_MATCH: '01/07/2025', FOSTER_CARE: '0', NB_ADOPTR: '', SEX_ADOPTR: '', LS_ADOPTR: '' }],
    placed_for_adoption: [{ CHILD: child, DOB, DATE_PLACED: '01/08/2025', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' }],
    previous_permanence: [{ CHILD: child, DOB, PREV_PERM: 'P4', LA_PERM: '', DATE_PERM: '' }],
    sw_episodes: [
      { CHILD: child, DOB, SW_ID: 'XX1', SW_DECOM: '01/05/2025', SW_DEC: '01/08/2025', SW_REASON: 'OTHERS' },
      { CHILD: child, DOB, SW_ID: 'XX2', SW_DECOM: '01/08/2025', SW_DEC: '', SW_REASON: '' },
    ],
  };
}

type SsdaChange = (r: Ssda903Record) => void;
const e = (r: Ssda903Record, i: number) => r.episodes[i]!;
const last = (r: Ssda903Record) => r.episodes.at(-1)!;
/** The third episode closes (care ends) on 1 December 2025 with `rec`. */
const endCare = (r: Ssda903Record, rec: string) => { last(r).DEC = '01/12/2025'; last(r).REC = rec; };

/** For each SSDA903 rule: a change to the passing record that breaks it. */
const SSDA_BREAKS: Record<string, SsdaChange> = {
  '102': (r) => { r.header[0]!.DOB = '31/02/2012'; },
  '104': (r) => { r.uasc[0]!.DUC = '2025-01-01'; },
  '112': (r) => { r.ad1[0]!.DATE_INT = '32/01/2025'; },
  '113': (r) => { r.ad1[0]!.DATE_MATCH = 'soon'; },
  '115': (r) => { r.placed_for_adoption[0]!.DATE_PLACED = '00/08/2025'; },
  '116': (r) => { r.placed_for_adoption[0]!.DATE_PLACED_CEASED = '1/9/2025'; },
  '141': (r) => { e(r, 0).DECOM = '2025-05-01'; },
  '147': (r) => { e(r, 0).DEC = '31/06/2025'; },
  '166': (r) => { r.reviews[0]!.REVIEW = '99/99/2025'; },
  '1004': (r) => { r.missing[0]!.MIS_START = 'x'; },
  '1005': (r) => { r.missing[0]!.MIS_END = 'x'; },
  'SW04STG1': (r) => { r.sw_episodes[0]!.SW_DECOM = 'x'; },
  '101': (r) => { r.header[0]!.SEX = '1'; },
  '232': (r) => { r.header[0]!.SEX = 'U'; },
  '103': (r) => { r.header[0]!.ETHNIC = 'XXXX'; },
  '120': (r) => { r.placed_for_adoption[0]!.DATE_PLACED_CEASED = '01/09/2025'; r.placed_for_adoption[0]!.REASON_PLACED_CEASED = 'RD9'; },
  '131': (r) => { r.oc3[0]!.IN_TOUCH = 'MAYBE'; },
  '132': (r) => { r.oc3[0]!.ACTIV = 'F3X'; },
  '133': (r) => { r.oc3[0]!.ACCOM = 'Q9'; },
  '143': (r) => { e(r, 1).RNE = 'Q'; },
  '144': (r) => { e(r, 1).LS = 'C9'; },
  '145': (r) => { e(r, 1).CIN = 'N9'; },
  '146': (r) => { e(r, 1).PLACE = 'H5'; },
  '149': (r) => { endCare(r, 'E99'); },
  '167': (r) => { r.reviews[0]!.REVIEW_CODE = ''; },
  '178': (r) => { e(r, 1).PLACE_PROVIDER = 'PR9'; },
  '1006': (r) => { r.missing[0]!.MISSING = 'X'; },
  '1009': (r) => { e(r, 0).REASON_PLACE_CHANGE = 'BORED'; },
  'SW13STG1': (r) => { r.sw_episodes[0]!.SW_REASON = 'NOPE'; },
  '184': (r) => { r.placed_for_adoption[0]!.DATE_PLACED = '01/01/2012'; },
  '333': (r) => { r.ad1[0]!.DATE_MATCH = '01/05/2025'; },
  '356': (r) => { e(r, 0).DEC = '30/04/2025'; },
  '355': (r) => { e(r, 0).DEC = '01/05/2025'; },
  '522': (r) => { r.placed_for_adoption[0]!.DATE_PLACED_CEASED = '01/07/2025'; r.placed_for_adoption[0]!.REASON_PLACED_CEASED = 'RD1'; },
  '567': (r) => { r.missing[0]!.MIS_END = '31/07/2025'; },
  '586': (r) => { r.missing[0]!.MIS_START = '01/01/2012'; r.missing[0]!.MIS_END = ''; },
  '361': (r) => { e(r, 0).LS = 'L1'; },
  '362': (r) => { e(r, 0).LS = 'L2'; },
  '363': (r) => { e(r, 0).LS = 'L3'; },
  '365': (r) => { e(r, 0).LS = 'V3'; },
  '376': (r) => { e(r, 1).PLACE = 'T3'; e(r, 1).PLACE_PROVIDER = ''; },
  '379': (r) => { e(r, 1).PLACE = 'T4'; e(r, 1).PLACE_PROVIDER = ''; },
  '375': (r) => { e(r, 1).PLACE = 'T1'; e(r, 1).PLACE_PROVIDER = ''; e(r, 1).DEC = '01/12/2025'; e(r, 2).DECOM = '01/12/2025'; },
  '352': (r) => { r.header[0]!.DOB = '01/01/2007'; },
  '358': (r) => { r.header[0]!.DOB = '01/01/2017'; e(r, 1).LS = 'J1'; },
  '372': (r) => { r.header[0]!.DOB = '01/01/2017'; e(r, 1).PLACE = 'R5'; e(r, 1).PLACE_PROVIDER = 'PR4'; },
  '373': (r) => { r.header[0]!.DOB = '01/01/2023'; e(r, 1).PLACE = 'S1'; },
  '374': (r) => { e(r, 1).PLACE = 'P3'; },
  '371': (r) => { e(r, 1).PLACE = 'K3'; },
  '386': (r) => { r.header[0]!.DOB = '01/01/2007'; endCare(r, 'E11'); },
  '387': (r) => { r.header[0]!.DOB = '01/01/2013'; endCare(r, 'E5'); },
  '389': (r) => { endCare(r, 'E7'); },
  '407': (r) => { r.header[0]!.DOB = '01/01/2007'; endCare(r, 'E45'); },
  '460': (r) => { endCare(r, 'E17'); },
  '168': (r) => { r.header[0]!.UPN = 'UN7'; },
  '301': (r) => { r.header[0]!.DOB = '01/04/2026'; },
  '351': (r) => { r.header[0]!.DOB = '01/01/1999'; },
  '302': (r) => { r.header[0]!.DOB = '02/05/2025'; },
  '142': (r) => { e(r, 0).DEC = ''; e(r, 0).REC = ''; },
  '501': (r) => { e(r, 1).DECOM = '30/06/2025'; },
  '148': (r) => { e(r, 0).REC = ''; },
  '357': (r) => { e(r, 0).RNE = 'P'; },
  '431': (r) => { e(r, 1).RNE = 'S'; },
  '432': (r) => { e(r, 0).REC = 'E4A'; },
  '433': (r) => { e(r, 2).DECOM = '02/09/2025'; },
  '388': (r) => { endCare(r, 'X1'); },
  '437': (r) => { e(r, 1).REC = 'E2'; },
  '434': (r) => { e(r, 2).LS = 'C1'; },
  '435': (r) => { e(r, 1).LS = 'C2'; },
  '436': (r) => { e(r, 2).RNE = 'B'; e(r, 2).LS = 'C1'; },
  '354': (r) => { last(r).DEC = '01/04/2026'; last(r).REC = 'E4A'; },
  '353': (r) => { e(r, 0).DECOM = '01/10/1991'; },
  '446': (r) => { e(r, 0).DECOM = '01/05/2005'; e(r, 0).LS = 'E1'; },
  '213': (r) => { e(r, 1).PLACE = 'T0'; },
  '526': (r) => { e(r, 1).PLACE_PROVIDER = ''; },
  '527': (r) => { e(r, 0).PLACE = 'R2'; },
  '528': (r) => { e(r, 0).PLACE = 'P1'; e(r, 0).PLACE_PROVIDER = 'PR2'; },
  '529': (r) => { e(r, 0).PLACE_PROVIDER = 'PR3'; },
  '530': (r) => { e(r, 1).PLACE = 'P1'; },
  '531': (r) => { e(r, 1).PLACE = 'P1'; e(r, 1).PLACE_PROVIDER = 'PR5'; },
  '550': (r) => { e(r, 0).PLACE_PROVIDER = 'PR0'; },
  '225': (r) => { e(r, 0).REASON_PLACE_CHANGE = ''; },
  '226': (r) => { e(r, 1).PLACE = 'T2'; e(r, 1).PLACE_PROVIDER = ''; e(r, 1).REASON_PLACE_CHANGE = 'CARPL'; },
  '233': (r) => { last(r).REASON_PLACE_CHANGE = 'CARPL'; },
  '380': (r) => { e(r, 0).PLACE = 'T0'; e(r, 0).PLACE_PROVIDER = ''; },
  '381': (r) => { last(r).PLACE = 'T0'; last(r).PLACE_PROVIDER = ''; endCare(r, 'E4A'); },
  '378': (r) => { e(r, 1).PLACE = 'P1'; e(r, 1).PLACE_PROVIDER = 'PR0'; e(r, 1).LS = 'V2'; },
  '217': (r) => { e(r, 1).PLACE = 'A3'; },
  '440': (r) => { r.header[0]!.DOB = '01/01/2023'; r.reviews[0]!.REVIEW_CODE = 'PN1'; },
  '441': (r) => { r.reviews[0]!.REVIEW_CODE = 'PN0'; },
  '570': (r) => { r.missing[0]!.MIS_START = '02/04/2026'; r.missing[0]!.MIS_END = ''; },
  '571': (r) => { r.missing[0]!.MIS_END = '02/04/2026'; },
  '574': (r) => { r.missing.push({ ...r.missing[0]!, MIS_START: '01/08/2025', MIS_END: '05/08/2025' }); },
  '577': (r) => { r.missing[0]!.MIS_END = ''; endCare(r, 'E4A'); },
  '578': (r) => { endCare(r, 'E4A'); r.missing[0]!.MIS_START = '02/12/2025'; r.missing[0]!.MIS_END = '03/12/2025'; },
  '581': (r) => { r.missing[0]!.MIS_START = '01/04/2025'; },
  '153': (r) => { r.oc3[0]!.ACCOM = ''; },
  '344': (r) => { r.oc3[0]!.IN_TOUCH = 'DIED'; },
  '345': (r) => { r.oc3[0]!.ACTIV = '0'; r.oc3[0]!.ACCOM = '0'; },
  '304': (r) => { r.uasc[0]!.DUC = '01/07/2030'; },
  '119': (r) => { r.placed_for_adoption[0]!.DATE_PLACED_CEASED = '01/09/2025'; },
  '1003': (r) => { r.placed_for_adoption[0]!.DATE_PLACED = '01/04/2025'; },
  '180': (r) => { r.oc2[0]!.SDQ_SCORE = '41'; },
  '181': (r) => { r.oc2[0]!.TEETH_CHECK = '2'; },
  '188': (r) => { r.header[0]!.DOB = '01/06/2023'; r.oc2[0]!.DOB = '01/06/2023'; },
  '189': (r) => { r.oc2[0]!.DOB = '01/01/2008'; },
  '546': (r) => { r.oc2[0]!.HEALTH_CHECK = '1'; },
  'SW02STG1': (r) => { r.sw_episodes[0]!.SW_ID = 'AB1'; },
  'SW08STG2': (r) => { r.sw_episodes[0]!.SW_DEC = ''; },
  'SW10STG2': (r) => { r.sw_episodes[1]!.SW_DECOM = '31/07/2025'; },
};

test('the passing CIN record breaks no rule', () => {
  const broken = CIN_RULES.filter((r) => r.check(cinBase(), YEAR).length > 0).map((r) => r.code);
  assert.deepEqual(broken, []);
});

test('the passing SSDA903 record breaks no rule', () => {
  const broken = SSDA903_RULES.filter((r) => r.check(ssdaBase(), YEAR).length > 0).map((r) => r.code);
  assert.deepEqual(broken, []);
});

test('every implemented rule has a failing case, and every case names a rule in the catalogue', () => {
  assert.deepEqual(CIN_RULES.map((r) => r.code).filter((c) => !CIN_BREAKS[c]), []);
  assert.deepEqual(SSDA903_RULES.map((r) => r.code).filter((c) => !SSDA_BREAKS[c]), []);
  for (const c of Object.keys(CIN_BREAKS)) assert.equal(catalogueRule('cin', c).code, c);
  for (const c of Object.keys(SSDA_BREAKS)) assert.equal(catalogueRule('903', c).code, c);
  assert.equal(new Set(CIN_RULES.map((r) => r.code)).size, CIN_RULES.length, 'a CIN rule is registered twice');
  assert.equal(new Set(SSDA903_RULES.map((r) => r.code)).size, SSDA903_RULES.length, 'a 903 rule is registered twice');
});

for (const rule of CIN_RULES) {
  test(`CIN ${rule.code}: passes the passing record, fails its mutation`, () => {
    assert.deepEqual(rule.check(cinBase(), YEAR), []);
    const broken = cinBase();
    CIN_BREAKS[rule.code]!(broken);
    assert.ok(rule.check(broken, YEAR).length > 0, `rule ${rule.code} did not fire`);
  });
}

for (const rule of SSDA903_RULES) {
  test(`903 ${rule.code}: passes the passing record, fails its mutation`, () => {
    assert.deepEqual(rule.check(ssdaBase(), YEAR), []);
    const broken = ssdaBase();
    SSDA_BREAKS[rule.code]!(broken);
    assert.ok(rule.check(broken, YEAR).length > 0, `rule ${rule.code} did not fire`);
  });
}
