// Every clock Lantern knows, in the order screens and docs list them (PRACTICE.md §3).
import type { Clock } from '../define.ts';
import { childAndFamilyAssessment, contactDecision, earlyHelpAssessmentWait, strategyDiscussion } from './front-door.ts';
import {
  childProtectionPlanDrift,
  childProtectionVisits,
  firstCoreGroup,
  firstReviewConference,
  initialConference,
  laterCoreGroups,
  laterReviewConferences,
} from './child-protection.ts';
import { caseSupervision, childInNeedReview, childInNeedVisits } from './child-in-need.ts';

export const CLOCKS: readonly Clock[] = [
  contactDecision,
  earlyHelpAssessmentWait,
  childAndFamilyAssessment,
  strategyDiscussion,
  initialConference,
  firstCoreGroup,
  laterCoreGroups,
  firstReviewConference,
  laterReviewConferences,
  childProtectionVisits,
  childProtectionPlanDrift,
  childInNeedReview,
  childInNeedVisits,
  caseSupervision,
];

export function clockById(id: string): Clock | undefined {
  return CLOCKS.find((c) => c.id === id);
}
