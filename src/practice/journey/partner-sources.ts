// The referral sources a partner agency can choose when it makes a contact online: the agencies, not
// individuals (CIN census referral source codes, code-sets.ts REFERRAL_SOURCES).
import { REFERRAL_SOURCES, type CodeSet } from './code-sets.ts';

const PARTNER_CODES = ['2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8'];
export const PARTNER_SOURCES: CodeSet = REFERRAL_SOURCES.filter(([code]) => PARTNER_CODES.includes(code));
