// A child's CIN census record as plain data, read back from the census builder's element tree
// (returns/cin-census/build-cin-census.ts cinCensusChild), so the CIN rules check exactly what Lantern
// would return, under the DfE's own item names (CIN_schema_2026.xsd).
import type { XmlNode } from '../../returns/xml.ts';

export interface CinAssessment { AssessmentActualStartDate: string; AssessmentAuthorisationDate: string | null; AssessmentFactors: string[] }
export interface CinPlanDates { CINPlanStartDate: string; CINPlanEndDate: string | null }
export interface CinSection47 { S47ActualStartDate: string; DateOfInitialCPC: string | null; ICPCnotRequired: string }
export interface CinCpPlan {
  CPPstartDate: string;
  CPPendDate: string | null;
  InitialCategoryOfAbuse: string;
  LatestCategoryOfAbuse: string;
  NumberOfPreviousCPP: string;
  CPPreviewDate: string[];
}
export interface CinDetails {
  CINreferralDate: string;
  ReferralSource: string;
  PrimaryNeedCode: string | null;
  CINclosureDate: string | null;
  ReasonForClosure: string | null;
  ReferralNFA: string;
  /** Only at this level for a conference with no s47 in the episode (Lantern always returns it in Section47). */
  DateOfInitialCPC: string | null;
  Assessments: CinAssessment[];
  CINPlanDates: CinPlanDates[];
  Section47: CinSection47[];
  ChildProtectionPlans: CinCpPlan[];
}
export interface CinChildRecord {
  LAchildID: string;
  UPN: string | null;
  UPNunknown: string | null;
  PersonBirthDate: string | null;
  ExpectedPersonBirthDate: string | null;
  Sex: string;
  Ethnicity: string;
  Disability: string[];
  CINdetails: CinDetails[];
}

type Node = XmlNode;
const kids = (n: Node): Node[] => ('children' in n ? n.children.filter((c): c is Node => c !== null) : []);
const all = (n: Node, name: string): Node[] => kids(n).filter((c) => c.name === name);
const one = (n: Node, name: string): Node | null => all(n, name)[0] ?? null;
const text = (n: Node | null, name: string): string | null => {
  const c = n ? one(n, name) : null;
  return c && 'text' in c ? c.text : null;
};
const texts = (n: Node | null, group: string, item: string): string[] => {
  const g = n ? one(n, group) : null;
  return g ? all(g, item).map((c) => ('text' in c ? c.text : '')) : [];
};

/** The record from the census builder's <Child> element. */
export function readCinChild(child: Node): CinChildRecord {
  const ids = one(child, 'ChildIdentifiers');
  const chars = one(child, 'ChildCharacteristics');
  return {
    LAchildID: text(ids, 'LAchildID') ?? '',
    UPN: text(ids, 'UPN'),
    UPNunknown: text(ids, 'UPNunknown'),
    PersonBirthDate: text(ids, 'PersonBirthDate'),
    ExpectedPersonBirthDate: text(ids, 'ExpectedPersonBirthDate'),
    Sex: text(ids, 'Sex') ?? '',
    Ethnicity: text(chars, 'Ethnicity') ?? '',
    Disability: texts(chars, 'Disabilities', 'Disability'),
    CINdetails: all(child, 'CINdetails').map((d) => ({
      CINreferralDate: text(d, 'CINreferralDate') ?? '',
      ReferralSource: text(d, 'ReferralSource') ?? '',
      PrimaryNeedCode: text(d, 'PrimaryNeedCode'),
      CINclosureDate: text(d, 'CINclosureDate'),
      ReasonForClosure: text(d, 'ReasonForClosure'),
      ReferralNFA: text(d, 'ReferralNFA') ?? '',
      DateOfInitialCPC: text(d, 'DateOfInitialCPC'),
      Assessments: all(d, 'Assessments').map((a) => ({
        AssessmentActualStartDate: text(a, 'AssessmentActualStartDate') ?? '',
        AssessmentAuthorisationDate: text(a, 'AssessmentAuthorisationDate'),
        AssessmentFactors: texts(a, 'FactorsIdentifiedAtAssessment', 'AssessmentFactors'),
      })),
      CINPlanDates: all(d, 'CINPlanDates').map((p) => ({ CINPlanStartDate: text(p, 'CINPlanStartDate') ?? '', CINPlanEndDate: text(p, 'CINPlanEndDate') })),
      Section47: all(d, 'Section47').map((s) => ({
        S47ActualStartDate: text(s, 'S47ActualStartDate') ?? '',
        DateOfInitialCPC: text(s, 'DateOfInitialCPC'),
        ICPCnotRequired: text(s, 'ICPCnotRequired') ?? '',
      })),
      ChildProtectionPlans: all(d, 'ChildProtectionPlans').map((p) => ({
        CPPstartDate: text(p, 'CPPstartDate') ?? '',
        CPPendDate: text(p, 'CPPendDate'),
        InitialCategoryOfAbuse: text(p, 'InitialCategoryOfAbuse') ?? '',
        LatestCategoryOfAbuse: text(p, 'LatestCategoryOfAbuse') ?? '',
        NumberOfPreviousCPP: text(p, 'NumberOfPreviousCPP') ?? '',
        CPPreviewDate: texts(p, 'Reviews', 'CPPreviewDate'),
      })),
    })),
  };
}
