import { z } from 'zod';

/**
 * A PostgreSQL connection URL (postgres:// or postgresql://). Messages never repeat the value:
 * it usually carries a password.
 */
export const DatabaseUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => /^postgres(ql)?:\/\//i.test(value) && URL.canParse(value), 'must be a postgres:// or postgresql:// URL');
