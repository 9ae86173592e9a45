// Clocks about something other than a child (PRACTICE.md §3): foster carers, prospective adopters,
// allegations against people who work with children, social workers in their first year, and complaints.
// A child's journey does not hold these records, so none has `evaluate` and the child engine skips them.
// The prospective adopter clocks are evaluated per household by practice/adopters/adopter-clocks.ts; the
// rest are catalogued as data only. Screens and docs list them from here.
import { defineClock } from '../define.ts';

export const fosterCarerReview = defineClock({
  id: 'foster-carer-review',
  title: 'Review the foster carer’s approval',
  stage: 'fostering',
  subject: 'foster_carer',
  starts: 'Approval as a foster carer, then each review',
  due: { unit: 'months', amount: 12, note: 'At intervals of not more than a year, each from the actual date of the last review; the first review after approval goes to the fostering panel.' },
  recurs: true,
  metBy: 'A review of the foster carer’s approval',
  stops: 'The approval ends (resignation or termination)',
  strength: 'REG',
  source: 'Fostering Services (England) Regulations 2011, reg 28: the approval of each foster parent reviewed at intervals of not more than a year',
});

export const fosterCarerUnannouncedVisit = defineClock({
  id: 'foster-carer-unannounced-visit',
  title: 'Make an unannounced visit to the foster home',
  stage: 'fostering',
  subject: 'foster_carer',
  starts: 'Approval as a foster carer, then each unannounced visit',
  due: { unit: 'months', amount: 12, note: 'At least one unannounced visit a year, by the supervising social worker.' },
  recurs: true,
  metBy: 'An unannounced visit to the foster home',
  stops: 'The approval ends',
  strength: 'NS',
  source: 'Fostering Services: National Minimum Standards (DfE 2011), standard 21.8: each approved foster carer has at least one unannounced visit a year',
});

export const adopterAssessmentStage1 = defineClock({
  id: 'adopter-assessment-stage-1',
  title: 'Complete stage one (pre-assessment) for a prospective adopter',
  stage: 'permanence',
  subject: 'adopter',
  starts: 'The agency accepts the registration of interest and starts stage one',
  due: { unit: 'months', amount: 2, note: 'Normally within 2 months; longer only where the agency records why (for example, waiting for checks) or the prospective adopter asks for more time.' },
  recurs: false,
  metBy: 'The agency decides whether the prospective adopter may go on to stage two',
  stops: 'The prospective adopter withdraws',
  strength: 'SG',
  source: 'Adoption Agencies Regulations 2005, Part 4 (regs 21 to 30G, substituted by the Adoption Agencies (Miscellaneous Amendments) Regulations 2013) sets the two stages; the 2 month timescale is in the Statutory guidance on adoption (DfE 2013), chapter 3, not the regulations',
});

export const adopterAssessmentStage2 = defineClock({
  id: 'adopter-assessment-stage-2',
  title: 'Complete stage two (assessment) for a prospective adopter',
  stage: 'permanence',
  subject: 'adopter',
  starts: 'The prospective adopter tells the agency they want to go on to stage two',
  due: { unit: 'months', amount: 4, note: 'Normally within 4 months, ending with the agency decision on suitability after the adoption panel; the prospective adopter has up to 6 months after stage one to start stage two.' },
  recurs: false,
  metBy: 'The agency decision on whether the prospective adopter is suitable to adopt',
  stops: 'The prospective adopter withdraws',
  strength: 'SG',
  source: 'Adoption Agencies Regulations 2005, Part 4 (as substituted by the Adoption Agencies (Miscellaneous Amendments) Regulations 2013); the 4 month timescale is in the Statutory guidance on adoption (DfE 2013), chapter 3, not the regulations',
});

export const ladoReferral = defineClock({
  id: 'lado-referral',
  title: 'Refer an allegation to the LADO',
  stage: 'lado',
  subject: 'allegation',
  starts: 'An allegation that someone who works with children may have harmed a child becomes known to the employer',
  due: { unit: 'working_days', amount: 1 },
  recurs: false,
  metBy: 'The allegation is referred to the local authority designated officer (LADO)',
  stops: 'Nothing: every allegation meeting the harm threshold is referred',
  strength: 'SG',
  source: 'Working Together to Safeguard Children 2023, chapter 2 (organisations’ arrangements for allegations against people who work with children); Keeping Children Safe in Education, Part 4: the LADO informed within one working day',
});

export const ladoResolution = defineClock({
  id: 'lado-resolution',
  title: 'Resolve an allegation against someone who works with children',
  stage: 'lado',
  subject: 'allegation',
  starts: 'The allegation is referred to the LADO',
  due: {
    unit: 'months',
    amount: 1,
    note: 'The targets are for the whole caseload: 80% of cases resolved within 1 month, 90% within 3 months, and all but the most exceptional within 12 months. A single case is counted as due at 1 month, the point at which it falls outside the 80%.',
  },
  recurs: false,
  metBy: 'The allegation is resolved (substantiated, unsubstantiated, unfounded, false or malicious) and the case closed by the LADO',
  stops: 'Nothing',
  strength: 'SG',
  source: 'Keeping Children Safe in Education, Part 4 (“Timescales”): 80% of cases resolved within one month, 90% within three months, all but the most exceptional within 12 months; Working Together to Safeguard Children 2023, chapter 2',
});

export const asyeSupervision = defineClock({
  id: 'asye-supervision',
  title: 'Supervise a social worker in their assessed and supported year in employment (ASYE)',
  stage: 'workforce',
  subject: 'worker',
  starts: 'The newly qualified social worker starts the ASYE, then each supervision',
  due: { unit: 'weeks', amount: 1, note: 'Weekly for the first 6 weeks, at least fortnightly to the end of the first 6 months, then at least monthly to the end of the year.' },
  recurs: true,
  metBy: 'A recorded supervision session',
  stops: 'The ASYE ends (completed, or the worker leaves)',
  strength: 'NS',
  source: 'ASYE framework for child and family social work (DfE / Skills for Care): supervision weekly for the first six weeks, fortnightly to six months, then at least monthly',
});

export const complaintStage1 = defineClock({
  id: 'complaint-stage-1',
  title: 'Respond to a complaint at stage 1 (local resolution)',
  stage: 'complaints',
  subject: 'complaint',
  starts: 'The complaint (representations) is received',
  due: { unit: 'working_days', amount: 10, note: 'Extendable to at most 20 working days for a complex complaint, or where advocacy is needed.' },
  recurs: false,
  metBy: 'The stage 1 response is sent',
  stops: 'The complainant withdraws, or the complaint goes straight to stage 2',
  strength: 'REG',
  source: 'Children Act 1989 Representations Procedure (England) Regulations 2006, reg 14: local resolution within 10 working days, extendable to 20',
});

export const complaintStage2 = defineClock({
  id: 'complaint-stage-2',
  title: 'Investigate a complaint at stage 2',
  stage: 'complaints',
  subject: 'complaint',
  starts: 'The complainant asks for the complaint to be considered at stage 2',
  due: { unit: 'working_days', amount: 25, note: 'Extendable to at most 65 working days where 25 is not reasonably practicable; the complainant is told why.' },
  recurs: false,
  metBy: 'The local authority’s response to the investigation (with the independent person’s report) is sent',
  stops: 'The complainant withdraws',
  strength: 'REG',
  source: 'Children Act 1989 Representations Procedure (England) Regulations 2006, reg 17: consideration with an independent person within 25 working days, extendable to 65',
});

export const complaintStage3 = defineClock({
  id: 'complaint-stage-3-review-panel',
  title: 'Hold the stage 3 review panel for a complaint',
  stage: 'complaints',
  subject: 'complaint',
  starts: 'The complainant asks for a review panel',
  due: { unit: 'working_days', amount: 30 },
  recurs: false,
  metBy: 'The review panel meets',
  stops: 'The complainant withdraws',
  strength: 'REG',
  source: 'Children Act 1989 Representations Procedure (England) Regulations 2006, reg 19(4): the review panel meets within 30 working days of the request under reg 18',
});
