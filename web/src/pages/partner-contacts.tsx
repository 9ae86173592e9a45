// Partner agency referrers: make a contact online, and see the status of the contacts they made, and
// nothing else.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { ErrorSummary, SuccessBanner, Table, Tag, type FieldError } from '../govuk/components.tsx';
import { DateInput, Radios, Select, ShortText, Textarea } from '../govuk/form-fields.tsx';
import { formatDateTime } from '../format.ts';
import type { SubmissionStatusView } from '../../../src/store/front-door/contact-submissions.ts';
import { PARTNER_SOURCES } from '../../../src/practice/journey/partner-sources.ts';
import { REFERRAL_SOURCES } from '../../../src/practice/journey/code-sets.ts';

interface Common {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
}

export const SUBMISSION_STATUS: Record<SubmissionStatusView['status'], { label: string; colour: 'grey' | 'blue' | 'green' }> = {
  received: { label: 'Received: waiting for the front door', colour: 'grey' },
  linked: { label: 'Being considered', colour: 'blue' },
  decided: { label: 'Decision made', colour: 'green' },
};

export function PartnerContactsPage({ nav, user, csrfToken, submissions, made }: Common & { submissions: SubmissionStatusView[]; made: string | null }): ReactElement {
  return (
    <Layout title="Your contacts" nav={nav} user={user} csrfToken={csrfToken}>
      {made && <SuccessBanner text={`Contact sent. Your reference is ${made}.`} />}
      <h1 className="govuk-heading-l">Your contacts</h1>
      <p className="govuk-body">
        If a child is in immediate danger, call 999. For urgent concerns out of hours, ring the emergency duty team as well as making a contact.
      </p>
      <a href="/partner/contacts/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
        Make a contact
      </a>
      <Table
        caption="Contacts you have made"
        head={['Reference', 'Child', 'Sent', 'Status']}
        empty="You have not made a contact yet."
        rows={submissions.map((s) => [
          s.reference,
          s.childName,
          formatDateTime(s.submittedAt),
          <Tag colour={SUBMISSION_STATUS[s.status].colour} key="s">
            {SUBMISSION_STATUS[s.status].label}
          </Tag>,
        ])}
      />
    </Layout>
  );
}

/**
 * The contact form: a partner making a contact online, or the front door recording one that came by
 * phone or email (then the referrer's details are the caller's, and any referral source may be chosen).
 */
export function PartnerContactFormPage({ nav, user, csrfToken, values, errors, frontDoor = false }: Common & { values: Record<string, string>; errors: FieldError[]; frontDoor?: boolean }): ReactElement {
  const e = (id: string): string | undefined => errors.find((x) => x.field === id)?.message;
  const v = (id: string): string => values[id] ?? '';
  const sources = frontDoor ? REFERRAL_SOURCES : PARTNER_SOURCES;
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Make a contact`} nav={nav} user={user} csrfToken={csrfToken}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">{frontDoor ? 'Record a contact' : 'Make a contact about a child'}</h1>
          <form method="post" action={frontDoor ? '/front-door/contacts/new' : '/partner/contacts'} noValidate>
            <input type="hidden" name="_csrf" value={csrfToken} />
            <h2 className="govuk-heading-m">{frontDoor ? 'Who made the contact' : 'About you'}</h2>
            <ShortText id="referrerName" name="referrerName" label={frontDoor ? 'Referrer’s name' : 'Your name'} value={v('referrerName')} error={e('referrerName')} />
            <ShortText id="referrerAgency" name="referrerAgency" label={frontDoor ? 'Their organisation, or relationship to the child' : 'Your organisation and role'} value={v('referrerAgency')} error={e('referrerAgency')} />
            <ShortText id="referrerPhone" name="referrerPhone" label={frontDoor ? 'Their phone number' : 'Phone number the front door can call you on'} value={v('referrerPhone')} error={e('referrerPhone')} width="govuk-input--width-20" />
            <Select id="sourceCode" name="sourceCode" label={frontDoor ? 'Source of the contact' : 'Your agency'} options={sources.map(([value, label]) => ({ value, label }))} value={v('sourceCode')} error={e('sourceCode')} />
            <h2 className="govuk-heading-m">About the child</h2>
            <ShortText id="childGivenName" name="childGivenName" label="Child’s first name" value={v('childGivenName')} error={e('childGivenName')} />
            <ShortText id="childFamilyName" name="childFamilyName" label="Child’s last name" value={v('childFamilyName')} error={e('childFamilyName')} />
            <DateInput id="childDateOfBirth" name="childDateOfBirth" label="Child’s date of birth, if you know it" day={v('childDateOfBirth-day')} month={v('childDateOfBirth-month')} year={v('childDateOfBirth-year')} error={e('childDateOfBirth-day')} />
            <Textarea id="childAddress" name="childAddress" label="Where the child lives, if you know" value={v('childAddress')} rows={3} error={e('childAddress')} />
            <h2 className="govuk-heading-m">Your concerns</h2>
            <Textarea id="concerns" name="concerns" label="What are you worried about?" hint="What happened, when, what the child said, and anything you have already done" value={v('concerns')} rows={8} error={e('concerns')} />
            <Radios
              id="familyAware"
              name="familyAware"
              label={frontDoor ? 'Does the family know about the contact?' : 'Does the family know you are making this contact?'}
              options={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
                { value: 'no_risk', label: 'No: telling them could put the child at risk' },
              ]}
              value={v('familyAware')}
              error={e('familyAware')}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {frontDoor ? 'Record contact' : 'Send contact'}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
