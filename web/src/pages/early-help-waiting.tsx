// Early help requests waiting for an assessment or a plan, longest wait first.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { Table, Tag } from '../govuk/components.tsx';
import { formatDate } from '../format.ts';
import type { EarlyHelpWaiting } from '../../../src/store/front-door/early-help-waiting.ts';

export function EarlyHelpWaitingPage({ nav, user, csrfToken, waiting }: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; waiting: EarlyHelpWaiting[] }): ReactElement {
  return (
    <Layout title="Early help requests waiting" nav={nav} user={user} csrfToken={csrfToken}>
      <h1 className="govuk-heading-l">Early help requests waiting</h1>
      <p className="govuk-body">Requests with no early help plan started yet, longest wait first.</p>
      <Table
        caption="Early help requests waiting"
        captionHidden
        head={['Child', 'Requested', 'Waiting', 'Stage', 'How it came']}
        empty="No early help requests are waiting."
        rows={waiting.map((w) => [
          <a className="govuk-link" href={`/children/${w.childId}/records/earlyHelp/${encodeURIComponent(w.recordKey)}`} key="a">
            {w.childName}
          </a>,
          formatDate(w.requestDate),
          <Tag colour={w.daysWaiting > 20 ? 'red' : w.daysWaiting > 10 ? 'yellow' : 'grey'} key="w">
            {w.daysWaiting} {w.daysWaiting === 1 ? 'day' : 'days'}
          </Tag>,
          w.assessed ? 'Assessed, plan not started' : 'Waiting for assessment',
          w.origin === 'step_down' ? 'Stepped down from social care' : w.origin === 'contact' ? 'From the front door' : '',
        ])}
      />
    </Layout>
  );
}
