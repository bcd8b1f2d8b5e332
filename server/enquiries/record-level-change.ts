import { orderedId, type Tx } from '../db/index.js';
import { enquiryLevelChanges } from '../db/tables.js';
import { levelChangeDirection, type LevelOfNeed } from '../protocol/continuum-of-need.js';
import type { NeedPlacement } from '../protocol/enquiry-bodies.js';

export interface LevelChangeInput {
  enquiryId: string;
  from: LevelOfNeed | null;
  need: NeedPlacement;
  reason: string | undefined;
  by: string;
  at: string;
}

/**
 * Appends one row to the level-of-need history (never updated), inside the transaction that moved
 * the enquiry, so the level on the enquiry and its history cannot disagree. Returns the direction.
 */
export async function recordLevelChange(db: Tx, input: LevelChangeInput) {
  const direction = levelChangeDirection(input.from, input.need.level);
  await db.insert(enquiryLevelChanges).values({
    id: orderedId(),
    enquiryId: input.enquiryId,
    fromLevel: input.from,
    toLevel: input.need.level,
    direction,
    nextStep: input.need.nextStep,
    leadPractitioner: input.need.leadPractitioner ?? null,
    referralBy: input.need.socialCareReferral?.by ?? null,
    referralOn: input.need.socialCareReferral?.on ?? null,
    reason: input.reason ?? null,
    by: input.by,
    at: input.at,
  });
  return direction;
}
