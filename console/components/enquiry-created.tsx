import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { t } from '../model/console-i18n.js';
import { routeHash } from '../model/route-model.js';

/** The new enquiry's reference, large, so it can be read to the family or copied into notes. */
export function EnquiryCreated({ enquiry }: { enquiry: EnquiryView }) {
  return (
    <div class="notice notice-success enquiry-created">
      <p class="enquiry-reference">{t('enquiry.created', { reference: enquiry.reference })}</p>
      <p class="enquiry-id">{t('enquiry.createdId', { id: enquiry.id })}</p>
      <a href={routeHash({ view: 'enquiries', enquiryId: enquiry.id })}>{t('enquiry.view')}</a>
    </div>
  );
}
