import { z } from 'zod';

/** Bodies of the staff HTTP API. */

export const LoginBody = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });
export type LoginBody = z.infer<typeof LoginBody>;

export const CallbackDoneBody = z.object({ outcome: z.string().trim().min(1, 'Say what happened.').max(2000) });
export type CallbackDoneBody = z.infer<typeof CallbackDoneBody>;

export interface CallbackView {
  id: string;
  conversationId: string;
  locality: string;
  contactMethod: string;
  contactValue: string;
  preferredTime: string | null;
  requestedAt: string;
  dueAt: string;
  status: 'open' | 'done';
  outcome: string | null;
}
