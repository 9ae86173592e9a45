// Sizes of synthetic LA. "croydon" follows the open caseload of Croydon in 2017 (seeds/000): about
// 1,800 children in need (400 on CP plans), 760 looked after and 705 care leavers, plus the front door,
// assessment and early help work around them.

export interface SynthSize {
  /** Children open to a team today. */
  openChildren: number;
  /** Children known to the LA whose cases are closed (visible to LA-wide roles only). */
  closedChildren: number;
  /** How many teams of each kind of casework. */
  teams: { assessment: number; childProtection: number; lookedAfter: number; careLeavers: number; earlyHelp: number };
}

export const SIZES = {
  small: { openChildren: 140, closedChildren: 20, teams: { assessment: 1, childProtection: 2, lookedAfter: 1, careLeavers: 1, earlyHelp: 1 } },
  medium: { openChildren: 1200, closedChildren: 200, teams: { assessment: 2, childProtection: 3, lookedAfter: 2, careLeavers: 1, earlyHelp: 1 } },
  croydon: { openChildren: 3700, closedChildren: 800, teams: { assessment: 3, childProtection: 6, lookedAfter: 4, careLeavers: 2, earlyHelp: 2 } },
  large: { openChildren: 12000, closedChildren: 3000, teams: { assessment: 8, childProtection: 16, lookedAfter: 10, careLeavers: 5, earlyHelp: 5 } },
} as const satisfies Record<string, SynthSize>;

export type SizeName = keyof typeof SIZES;

export function isSizeName(value: string): value is SizeName {
  return Object.hasOwn(SIZES, value);
}
