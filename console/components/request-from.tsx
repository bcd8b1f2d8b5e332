import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { t } from '../model/console-i18n.js';

/**
 * Who asked and on what consent, shown first: a practitioner's request is worked differently from a
 * family's own (the outcome goes back to the referrer; the family has not spoken to us yet).
 */
export function RequestFrom({ enquiry }: { enquiry: EnquiryView }) {
  const r = enquiry.referrer;
  const who = r ? [[r.role, r.name].filter(Boolean).join(' '), r.organisation].filter(Boolean).join(', ') : null;
  return (
    <p class="request-from">
      {r ? (
        <>
          <strong>{t('enquiries.requestFrom', { who })}</strong>
          {r.agency ? ` (${t(`enquiries.agencies.${r.agency}`, { defaultValue: r.agency })})` : null}
          {r.email || r.phone ? ` · ${[r.email, r.phone].filter(Boolean).join(' · ')}` : null}
          <br />
        </>
      ) : null}
      {t('enquiries.consentBasisLabel')}: {t(`enquiries.consentBases.${enquiry.consentBasis}`)}
    </p>
  );
}
