import { z } from 'zod';

/** A manager erases one family's conversation (and everything hanging from it), saying why. */
export const EraseFamilyBody = z
  .object({
    conversationId: z.string().uuid(),
    /** The manager's reason (e.g. "erasure request received 3 March by phone"): kept on the erasure record. */
    reason: z.string().trim().min(10, 'Say why this family’s data is being erased.').max(2000),
  })
  .strict();
export type EraseFamilyBody = z.infer<typeof EraseFamilyBody>;

export interface ErasureView {
  id: string;
  conversationId: string;
  enquiryReferences: string[];
  reason: string;
  erasedBy: string;
  erasedAt: string;
  keptSafeguarding: boolean;
  /** Why safeguarding records were kept (from the retention policy), when they were. */
  keptReason: string | null;
}

/** How a manager finds a family for a subject-access request: at least one of these. */
export const SubjectAccessQuery = z
  .object({
    reference: z.string().trim().max(40).optional(),
    conversationId: z.string().uuid().optional(),
    contact: z.string().trim().min(5).max(200).optional(),
    format: z.enum(['json', 'html']).default('json'),
  })
  .strict()
  .refine((q) => q.reference || q.conversationId || q.contact, { message: 'Give a reference, a conversation id or a contact detail.' });
export type SubjectAccessQuery = z.infer<typeof SubjectAccessQuery>;
