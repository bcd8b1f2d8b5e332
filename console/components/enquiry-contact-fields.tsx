import { t } from '../model/console-i18n.js';
import { CONTACT_METHODS } from '../model/enquiry-vocabulary.js';

/** How and when the hub may contact the family, and whether a message may be left. */
export function EnquiryContactFields() {
  return (
    <fieldset class="form-group">
      <legend>{t('enquiry.contactHeading')}</legend>
      <p class="hint" id="enquiry-contact-hint">
        {t('enquiry.contactHint')}
      </p>
      <div class="field">
        <label for="enquiry-contact-method">{t('enquiry.contactMethod')}</label>
        <select id="enquiry-contact-method" name="contactMethod" aria-describedby="enquiry-contact-hint">
          <option value="">{t('enquiry.notGiven')}</option>
          {CONTACT_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`enquiry.contactMethods.${method}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="enquiry-contact-value">{t('enquiry.contactValue')}</label>
        <input id="enquiry-contact-value" name="contactValue" type="text" maxLength={200} autoComplete="off" />
      </div>
      <div class="field">
        <label for="enquiry-preferred-time">{t('enquiry.preferredTime')}</label>
        <input id="enquiry-preferred-time" name="preferredTime" type="text" maxLength={200} />
      </div>
      <div class="field">
        <label for="enquiry-safe-message">{t('enquiry.safeToLeaveMessage')}</label>
        <select id="enquiry-safe-message" name="safeToLeaveMessage">
          <option value="">{t('enquiry.safeUnknown')}</option>
          <option value="yes">{t('enquiry.safeYes')}</option>
          <option value="no">{t('enquiry.safeNo')}</option>
        </select>
      </div>
    </fieldset>
  );
}
