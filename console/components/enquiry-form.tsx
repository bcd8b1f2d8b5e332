import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CreateEnquiryBody } from '../../server/protocol/enquiry-bodies.js';
import type { ConversationDetail } from '../../server/protocol/index.js';
import { AGE_BAND_IDS, ASKERS, LOCALITIES, NEEDS } from '../../server/protocol/vocabulary.js';
import { t } from '../model/console-i18n.js';
import { bodyFromForm, draftFromDetail } from '../model/enquiry-draft.js';
import { ENQUIRY_URGENCIES } from '../model/enquiry-vocabulary.js';
import { hubLabel } from '../model/hub-label.js';
import { ChoiceCheckboxes } from './choice-checkboxes.js';
import { EnquiryContactFields } from './enquiry-contact-fields.js';
import { FormActions } from './form-actions.js';

interface Props {
  detail: ConversationDetail;
  saving: boolean;
  onSubmit(body: CreateEnquiryBody): void;
  onCancel(): void;
}

/** The Early Help enquiry, prefilled from the chat; staff correct and add before creating it. */
export function EnquiryForm({ detail, saving, onSubmit, onCancel }: Props) {
  const draft = draftFromDetail(detail);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => headingRef.current?.focus(), []);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    onSubmit(bodyFromForm(detail.conversationId, new FormData(event.currentTarget as HTMLFormElement)));
  }

  return (
    <form class="enquiry-form" onSubmit={submit} aria-labelledby="enquiry-form-heading">
      <h4 id="enquiry-form-heading" ref={headingRef} tabIndex={-1}>
        {t('enquiry.formHeading')}
      </h4>
      <p class="hint">{t('enquiry.formIntro')}</p>
      <div class="field">
        <label for="enquiry-who">{t('enquiry.who')}</label>
        <select id="enquiry-who" name="whoIsAsking">
          <option value="">{t('enquiry.notGiven')}</option>
          {ASKERS.map((who) => (
            <option key={who} value={who} selected={who === draft.whoIsAsking}>
              {t(`common:askers.${who}`, { defaultValue: who })}
            </option>
          ))}
        </select>
      </div>
      <ChoiceCheckboxes legend={t('enquiry.needs')} name="needs" idPrefix="enquiry-need" options={NEEDS} chosen={draft.needs} label={(n) => t(`common:needs.${n}`, { defaultValue: n })} />
      <div class="field">
        <label for="enquiry-other-needs">{t('enquiry.otherNeeds')}</label>
        <textarea id="enquiry-other-needs" name="otherNeeds" rows={2} maxLength={1000} />
      </div>
      <ChoiceCheckboxes
        legend={t('enquiry.childAges')}
        name="childAgeBands"
        idPrefix="enquiry-age"
        options={AGE_BAND_IDS}
        chosen={draft.childAgeBands}
        label={(a) => t(`common:ageBands.${a}`, { defaultValue: a })}
      />
      <div class="field">
        <label for="enquiry-locality">{t('enquiry.locality')}</label>
        <select id="enquiry-locality" name="locality">
          {LOCALITIES.map((hub) => (
            <option key={hub} value={hub} selected={hub === draft.locality}>
              {hubLabel(hub)}
            </option>
          ))}
          <option value="any" selected={draft.locality === 'any'}>{t('enquiry.localityAny')}</option>
        </select>
      </div>
      <div class="field">
        <label for="enquiry-postcode">{t('enquiry.postcode')}</label>
        <input id="enquiry-postcode" name="postcodeDistrict" type="text" maxLength={4} defaultValue={draft.postcodeDistrict} aria-describedby="enquiry-postcode-hint" />
        <p class="hint" id="enquiry-postcode-hint">
          {t('enquiry.postcodeHint')}
        </p>
      </div>
      <div class="field">
        <label for="enquiry-language">{t('enquiry.language')}</label>
        <input id="enquiry-language" name="language" type="text" required maxLength={35} defaultValue={draft.language} aria-describedby="enquiry-language-hint" />
        <p class="hint" id="enquiry-language-hint">
          {t('enquiry.languageHint')}
        </p>
      </div>
      <div class="field field-check">
        <input id="enquiry-interpreter" name="interpreterNeeded" type="checkbox" defaultChecked={draft.interpreterNeeded} />
        <label for="enquiry-interpreter">{t('enquiry.interpreterNeeded')}</label>
      </div>
      <div class="field">
        <label for="enquiry-interpreter-language">{t('enquiry.interpreterLanguage')}</label>
        <input id="enquiry-interpreter-language" name="interpreterLanguage" type="text" maxLength={35} defaultValue={draft.interpreterLanguage} />
      </div>
      <div class="field">
        <label for="enquiry-urgency">{t('enquiry.urgencyLabel')}</label>
        <select id="enquiry-urgency" name="urgency">
          <option value="">{t('enquiry.notGiven')}</option>
          {ENQUIRY_URGENCIES.map((u) => (
            <option key={u} value={u} selected={u === draft.urgency}>
              {t(`enquiry.urgency.${u}`)}
            </option>
          ))}
        </select>
      </div>
      <EnquiryContactFields />
      <div class="field">
        <label for="enquiry-staff-notes">{t('enquiry.staffNotes')}</label>
        <textarea id="enquiry-staff-notes" name="staffNotes" rows={3} maxLength={4000} />
      </div>
      <FormActions saving={saving} submitLabel={t('enquiry.submit')} cancelLabel={t('enquiry.cancel')} onCancel={onCancel} />
    </form>
  );
}
