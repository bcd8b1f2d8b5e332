import type { EnquiryStatus, TransitionBody } from '../../server/protocol/enquiry-bodies.js';
import { CLOSE_OUTCOMES } from './enquiry-vocabulary.js';
import { needFromForm } from './need-draft.js';

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** The workflow form as POST /api/enquiries/:id/transition takes it; the server checks the rules. */
export function transitionFromForm(to: EnquiryStatus, form: FormData): TransitionBody {
  const note = text(form, 'note');
  const outcome = CLOSE_OUTCOMES.find((o) => o === text(form, 'outcome'));
  const name = text(form, 'allocatedName');
  const kind = text(form, 'allocatedKind') === 'service' ? 'service' : 'lead-practitioner';
  const need = to === 'triaged' ? needFromForm(form) : undefined;
  return {
    to,
    ...(to === 'closed' && outcome ? { outcome } : {}),
    ...(to === 'allocated' && name ? { allocatedTo: { kind, name } } : {}),
    ...(need ? { need } : {}),
    ...(note ? { note } : {}),
  };
}
