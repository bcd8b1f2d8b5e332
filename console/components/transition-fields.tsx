import type { EnquiryStatus } from '../../server/protocol/enquiry-bodies.js';
import { t } from '../model/console-i18n.js';
import { CLOSE_OUTCOMES } from '../model/enquiry-vocabulary.js';
import { NeedFields } from './need-fields.js';

/** Triage needs a level of need, closing an outcome, allocating who it went to; every move may carry a note. */
export function TransitionFields({ move }: { move: EnquiryStatus }) {
  return (
    <>
      {move === 'triaged' ? <NeedFields idPrefix="transition" /> : null}
      {move === 'closed' ? (
        <div class="field">
          <label for="transition-outcome">{t('enquiries.outcomeLabel')}</label>
          <select id="transition-outcome" name="outcome" required>
            <option value="">
              {t('enquiries.chooseOutcome')}
            </option>
            {CLOSE_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`enquiries.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {move === 'allocated' ? (
        <>
          <div class="field">
            <label for="transition-kind">{t('enquiries.allocatedKind')}</label>
            <select id="transition-kind" name="allocatedKind">
              <option value="lead-practitioner">{t('enquiries.allocatedKinds.lead-practitioner')}</option>
              <option value="service">{t('enquiries.allocatedKinds.service')}</option>
            </select>
          </div>
          <div class="field">
            <label for="transition-name">{t('enquiries.allocatedName')}</label>
            <input id="transition-name" name="allocatedName" type="text" required maxLength={200} />
          </div>
        </>
      ) : null}
      <div class="field">
        <label for="transition-note">{t('enquiries.note')}</label>
        <textarea id="transition-note" name="note" rows={2} maxLength={2000} aria-describedby={move === 'closed' ? 'transition-note-hint' : undefined} />
        {move === 'closed' ? (
          <p class="hint" id="transition-note-hint">
            {t('enquiries.noteHintOther')}
          </p>
        ) : null}
      </div>
    </>
  );
}
