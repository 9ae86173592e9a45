// The front door: contacts waiting to be matched to a child (oldest first, against the 1 working day
// decision clock), contacts awaiting a decision or a manager's sign-off; one submitted contact with the
// children it may be about; and the decision page, which shows the history of the child and their
// brothers and sisters at the point of decision.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink, ErrorSummary, SummaryList, Table, Tag, type FieldError } from '../govuk/components.tsx';
import { Checkboxes, DateInput, Radios, ShortText, Textarea } from '../govuk/form-fields.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import type { SubmissionView } from '../../../src/store/front-door/contact-submissions.ts';
import type { ChildMatch } from '../../../src/store/children/search-children.ts';
import type { ContactAwaiting, FamilyHistoryItem } from '../../../src/store/front-door/front-door-work.ts';
import { CONTACT_OUTCOMES, REFERRAL_SOURCES, labelIn } from '../../../src/practice/journey/code-sets.ts';

interface Common {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
}

function DueTag({ due, overdue }: { due: string; overdue: boolean }): ReactElement {
  return <Tag colour={overdue ? 'red' : 'grey'}>{overdue ? `Overdue: was due ${formatDate(due.slice(0, 10))}` : `Due ${formatDate(due.slice(0, 10))}`}</Tag>;
}

export function FrontDoorPage(
  props: Common & { waiting: (SubmissionView & { decisionDue: string; overdue: boolean })[]; today: string; awaitingDecision: ContactAwaiting[]; awaitingSignOff: ContactAwaiting[]; canSignOff: boolean; canRecordContacts: boolean },
): ReactElement {
  const { nav, user, csrfToken, waiting, today, awaitingDecision, awaitingSignOff, canSignOff, canRecordContacts } = props;
  return (
    <Layout title="Front door" nav={nav} user={user} csrfToken={csrfToken}>
      <h1 className="govuk-heading-l">Front door</h1>
      {canRecordContacts && (
        <a href="/front-door/contacts/new" role="button" draggable="false" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Record a contact
        </a>
      )}
      <Table
        caption="Contacts from partner agencies waiting to be matched to a child"
        head={['Child (as given)', 'From', 'Received', 'Decision']}
        empty="No submitted contacts are waiting."
        rows={waiting.map((s) => [
          <a className="govuk-link" href={`/front-door/submissions/${s.id}`} key="a">
            {s.childGivenName} {s.childFamilyName}
          </a>,
          `${s.referrerAgency} (${s.reference})`,
          formatDateTime(s.submittedAt),
          <DueTag due={s.decisionDue} overdue={s.overdue} key="w" />,
        ])}
      />
      <Table
        caption="Contacts waiting for a decision"
        head={['Child', 'Received', 'Decision']}
        empty="No contacts are waiting for a decision."
        rows={awaitingDecision.map((c) => [
          <a className="govuk-link" href={`/children/${c.childId}/contacts/${encodeURIComponent(c.contactKey)}/decide`} key="a">
            {c.childName}
          </a>,
          formatDateTime(c.receivedAt),
          c.due ? <DueTag due={c.due} overdue={c.due.slice(0, 10) < today} key="d" /> : '',
        ])}
      />
      {canSignOff && (
        <Table
          caption="Decisions waiting for your sign-off"
          head={['Child', 'Decision', 'Decided']}
          empty="No decisions are waiting for sign-off."
          rows={awaitingSignOff.map((c) => [
            <a className="govuk-link" href={`/children/${c.childId}/contacts/${encodeURIComponent(c.contactKey)}/decide`} key="a">
              {c.childName}
            </a>,
            labelIn(CONTACT_OUTCOMES, c.outcome),
            c.decidedAt ? formatDateTime(c.decidedAt) : '',
          ])}
        />
      )}
    </Layout>
  );
}

export function SubmissionPage(
  props: Common & { submission: SubmissionView; matches: ChildMatch[]; errors: FieldError[]; duplicateWarning: boolean; values: Record<string, string> },
): ReactElement {
  const { nav, user, csrfToken, submission: s, matches, errors, duplicateWarning, values } = props;
  const e = (id: string): string | undefined => errors.find((x) => x.field === id)?.message;
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Contact ${s.reference}`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href="/front-door">Back to the front door</BackLink>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">Contact {s.reference}</span>
      <h1 className="govuk-heading-l">
        {s.childGivenName} {s.childFamilyName}
      </h1>
      <SummaryList
        rows={[
          { key: 'Received', value: formatDateTime(s.submittedAt) },
          { key: 'From', value: `${s.referrerName}, ${s.referrerAgency} (${labelIn(REFERRAL_SOURCES, s.sourceCode)})${s.referrerPhone ? `, ${s.referrerPhone}` : ''}` },
          { key: 'Date of birth given', value: s.childDateOfBirth ? formatDate(s.childDateOfBirth) : 'Not given' },
          { key: 'Address given', value: s.childAddress || 'Not given' },
          { key: 'Concerns', value: <span className="lantern-detail">{s.concerns}</span> },
          { key: 'Family aware', value: s.familyAware === 'yes' ? 'Yes' : s.familyAware === 'no' ? 'No' : 'No: telling them could put the child at risk' },
        ]}
      />
      <h2 className="govuk-heading-m">Is this a child we know?</h2>
      {matches.length === 0 ? (
        <p className="govuk-body">No child with a similar name, date of birth or NHS number was found.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Children who may be the same child</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Child</th>
              <th scope="col" className="govuk-table__header">Date of birth</th>
              <th scope="col" className="govuk-table__header">Why it may be them</th>
              <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {matches.map((m) => (
              <tr className="govuk-table__row" key={m.id}>
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={`/children/${m.id}`}>
                    {m.givenName} {m.familyName}
                  </a>{' '}
                  ({m.childReference})
                </td>
                <td className="govuk-table__cell">{m.dateOfBirth ? formatDate(m.dateOfBirth) : m.expectedDateOfBirth ? `Expected ${formatDate(m.expectedDateOfBirth)}` : ''}</td>
                <td className="govuk-table__cell">{m.reasons.join(', ')}</td>
                <td className="govuk-table__cell">
                  <form method="post" action={`/front-door/submissions/${s.id}/accept`}>
                    <input type="hidden" name="_csrf" value={csrfToken} />
                    <input type="hidden" name="version" value={String(s.version)} />
                    <input type="hidden" name="childId" value={m.id} />
                    <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
                      This is the child<span className="govuk-visually-hidden">: {m.givenName} {m.familyName}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Search again with other details</span>
        </summary>
        <div className="govuk-details__text">
          <form method="get" action={`/front-door/submissions/${s.id}`}>
            <ShortText id="search-givenName" name="givenName" label="Given name" value="" />
            <ShortText id="search-familyName" name="familyName" label="Family name (the start is enough)" value="" />
            <DateInput id="search-dob" name="dob" label="Date of birth" day="" month="" year="" />
            <ShortText id="search-nhsNumber" name="nhsNumber" label="NHS number" value="" width="govuk-input--width-10" />
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Search
            </button>
          </form>
        </div>
      </details>
      <h2 className="govuk-heading-m">Or make a new child record</h2>
      {duplicateWarning && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Children with similar details already exist (listed above). Check they are not this child before you make a new record.
          </strong>
        </div>
      )}
      <form method="post" action={`/front-door/submissions/${s.id}/accept`} noValidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="version" value={String(s.version)} />
        <input type="hidden" name="newChild" value="1" />
        <ShortText id="givenName" name="givenName" label="Given name" value={values.givenName ?? s.childGivenName} error={e('givenName')} />
        <ShortText id="familyName" name="familyName" label="Family name" value={values.familyName ?? s.childFamilyName} error={e('familyName')} />
        <DateInput
          id="dateOfBirth"
          name="dateOfBirth"
          label="Date of birth"
          day={values['dateOfBirth-day'] ?? (s.childDateOfBirth ? String(Number(s.childDateOfBirth.slice(8, 10))) : '')}
          month={values['dateOfBirth-month'] ?? (s.childDateOfBirth ? String(Number(s.childDateOfBirth.slice(5, 7))) : '')}
          year={values['dateOfBirth-year'] ?? (s.childDateOfBirth ? s.childDateOfBirth.slice(0, 4) : '')}
          error={e('dateOfBirth-day')}
        />
        <Radios
          id="sex"
          name="sex"
          label="Sex"
          options={[
            { value: '1', label: 'Male' },
            { value: '2', label: 'Female' },
            { value: '9', label: 'Indeterminate' },
          ]}
          value={values.sex ?? ''}
          error={e('sex')}
          inline
        />
        <ShortText id="nhsNumber" name="nhsNumber" label="NHS number, if known" value={values.nhsNumber ?? ''} error={e('nhsNumber')} width="govuk-input--width-10" />
        {duplicateWarning && (
          <Checkboxes id="confirmNotDuplicate" name="confirmNotDuplicate" label="Confirm" options={[{ value: 'yes', label: 'I have checked: none of the children listed is this child' }]} values={[]} error={e('confirmNotDuplicate')} />
        )}
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Make a new child record
        </button>
      </form>
    </Layout>
  );
}

export function ContactDecisionPage(
  props: Common & {
    child: { id: string; name: string };
    contact: { key: string; version: number; receivedAt: string; sourceCode: string | null; referrerName: string | null; referrerAgency: string | null; concerns: string | null; outcome: string | null; decidedAt: string | null; decidedByName: string | null; decisionRationale: string | null; signedOffAt: string | null; signedOffByName: string | null; due: string | null };
    history: FamilyHistoryItem[];
    values: Record<string, string>;
    errors: FieldError[];
    canDecide: boolean;
    canSignOff: boolean;
  },
): ReactElement {
  const { nav, user, csrfToken, child, contact: c, history, values, errors, canDecide, canSignOff } = props;
  const e = (id: string): string | undefined => errors.find((x) => x.field === id)?.message;
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Contact decision: ${child.name}`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href={`/children/${child.id}`}>Back to {child.name}</BackLink>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">{child.name}</span>
      <h1 className="govuk-heading-l">Contact decision</h1>
      <SummaryList
        rows={[
          { key: 'Received', value: formatDateTime(c.receivedAt) },
          { key: 'Decision due', value: c.due ? formatDateTime(c.due) : 'Not running' },
          { key: 'From', value: [c.referrerName, c.referrerAgency, c.sourceCode ? labelIn(REFERRAL_SOURCES, c.sourceCode) : null].filter(Boolean).join(', ') || 'Not recorded' },
          { key: 'Concerns', value: <span className="lantern-detail">{c.concerns ?? 'Not recorded'}</span> },
        ]}
      />
      <h2 className="govuk-heading-m">History of this child and their brothers and sisters</h2>
      <Table
        caption="Previous contacts, referrals and plans"
        captionHidden
        head={['Date', 'Child', 'What']}
        empty="No previous contacts, referrals or plans for this child or their brothers and sisters."
        rows={history.map((h) => [formatDate(h.date), h.childName, h.what])}
      />
      {c.outcome ? (
        <>
          <h2 className="govuk-heading-m">Decision</h2>
          <SummaryList
            rows={[
              { key: 'Decision', value: labelIn(CONTACT_OUTCOMES, c.outcome) },
              { key: 'Decided', value: `${c.decidedAt ? formatDateTime(c.decidedAt) : ''}${c.decidedByName ? ` by ${c.decidedByName}` : ''}` },
              { key: 'Reasons', value: <span className="lantern-detail">{c.decisionRationale ?? ''}</span> },
              { key: 'Manager sign-off', value: c.signedOffAt ? `${formatDateTime(c.signedOffAt)}${c.signedOffByName ? ` by ${c.signedOffByName}` : ''}` : <Tag colour="yellow">Waiting for sign-off</Tag> },
            ]}
          />
          {canSignOff && !c.signedOffAt && (
            <form method="post" action={`/children/${child.id}/contacts/${encodeURIComponent(c.key)}/sign-off`}>
              <input type="hidden" name="_csrf" value={csrfToken} />
              <input type="hidden" name="version" value={String(c.version)} />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Sign off this decision
              </button>
            </form>
          )}
        </>
      ) : canDecide ? (
        <form method="post" action={`/children/${child.id}/contacts/${encodeURIComponent(c.key)}/decide`} noValidate>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <input type="hidden" name="version" value={String(c.version)} />
          <Radios id="outcome" name="outcome" label="Decision" options={CONTACT_OUTCOMES.map(([value, label]) => ({ value, label }))} value={values.outcome ?? ''} error={e('outcome')} />
          <Textarea id="decisionRationale" name="decisionRationale" label="Reasons for the decision" hint="Say what you considered, including the history above" value={values.decisionRationale ?? ''} rows={6} error={e('decisionRationale')} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Record decision
          </button>
        </form>
      ) : (
        <p className="govuk-body">No decision has been recorded yet.</p>
      )}
    </Layout>
  );
}
