import { useState } from 'preact/hooks';
import { LEVELS_OF_NEED, NEXT_STEPS_FOR_LEVEL, type LevelOfNeed } from '../../server/protocol/continuum-of-need.js';
import { t } from '../model/console-i18n.js';
import { isLevel } from '../model/need-draft.js';

/**
 * Where the family sits on the Continuum of Need and the next step, offering only the steps that
 * fit the chosen level and asking for what that level needs (a lead practitioner; the referral).
 * `idPrefix` keeps ids unique when triage and step forms share a page.
 */
export function NeedFields({ idPrefix, exclude }: { idPrefix: string; exclude?: LevelOfNeed | null }) {
  const [level, setLevel] = useState<LevelOfNeed | ''>('');
  const id = (name: string) => `${idPrefix}-${name}`;
  const steps = level ? NEXT_STEPS_FOR_LEVEL[level] : [];
  return (
    <>
      <div class="field">
        <label for={id('level')}>{t('enquiries.need.level')}</label>
        <select id={id('level')} name="level" required value={level} onChange={(e) => setLevel(isLevel(e.currentTarget.value) ? e.currentTarget.value : '')}>
          <option value="">{t('enquiries.need.chooseLevel')}</option>
          {LEVELS_OF_NEED.filter((l) => l !== exclude).map((l) => (
            <option key={l} value={l}>
              {t(`enquiries.need.levels.${l}`)}
            </option>
          ))}
        </select>
      </div>
      {level ? (
        <div class="field">
          <label for={id('next-step')}>{t('enquiries.need.nextStep')}</label>
          <select id={id('next-step')} name="nextStep" required key={level}>
            {steps.length > 1 ? <option value="">{t('enquiries.need.chooseNextStep')}</option> : null}
            {steps.map((s) => (
              <option key={s} value={s}>
                {t(`enquiries.need.nextSteps.${s}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {level === 'getting-more-help' ? (
        <div class="field">
          <label for={id('lead')}>{t('enquiries.need.leadPractitioner')}</label>
          <input id={id('lead')} name="leadPractitioner" type="text" required maxLength={200} autoComplete="off" />
        </div>
      ) : null}
      {level === 'help-to-address-harm' ? (
        <fieldset class="field">
          <legend>{t('enquiries.need.referral')}</legend>
          <label for={id('referral-by')}>{t('enquiries.need.referralBy')}</label>
          <input id={id('referral-by')} name="referralBy" type="text" required maxLength={200} autoComplete="off" />
          <label for={id('referral-on')}>{t('enquiries.need.referralOn')}</label>
          <input id={id('referral-on')} name="referralOn" type="date" required />
        </fieldset>
      ) : null}
    </>
  );
}
