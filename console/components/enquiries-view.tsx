import { t } from '../model/console-i18n.js';
import type { WorkspaceModel } from '../model/workspace-model.js';
import { EnquiryDetail } from './enquiry-detail.js';
import { EnquiryList } from './enquiry-list.js';
import { ProblemLine } from './problem-line.js';

/** #/enquiries: the list, or one enquiry with its history and workflow. */
export function EnquiriesView({ workspace, enquiryId }: { workspace: WorkspaceModel; enquiryId?: string | undefined }) {
  const { enquiries } = workspace;
  const current = enquiries.current.value;
  return (
    <section class="panel enquiries-panel" aria-labelledby="enquiries-heading">
      <div class="panel-head">
        <h2 id="enquiries-heading">{t('enquiries.heading')}</h2>
        {enquiryId ? (
          <a href="#/enquiries" class="button quiet">
            {t('enquiries.back')}
          </a>
        ) : (
          <button type="button" class="button" onClick={() => void enquiries.load()} disabled={enquiries.listState.value === 'loading'}>
            {t('enquiries.refresh')}
          </button>
        )}
      </div>
      {enquiryId ? null : <ProblemLine problem={enquiries.listState.value === 'failed' ? enquiries.problem.value : null} template="enquiries.failed" />}
      {!enquiryId ? <EnquiryList enquiries={enquiries} now={workspace.clock.now.value} /> : null}
      {enquiryId && current?.id === enquiryId ? <EnquiryDetail enquiries={enquiries} enquiry={current} now={workspace.clock.now.value} /> : null}
      {enquiryId && current?.id !== enquiryId ? (
        <>
          <div role="status">{enquiries.currentState.value === 'loading' ? <p>{t('enquiries.detailLoading')}</p> : null}</div>
          <ProblemLine problem={enquiries.currentState.value === 'failed' ? enquiries.problem.value : null} template="enquiries.failed" />
        </>
      ) : null}
    </section>
  );
}
