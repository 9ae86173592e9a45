// Prospective adopters: the adoption service's list of households (stage, and what is due or overdue),
// recording an enquiry, and a household's page (its clocks, then the form to change it). A save
// refused because someone else saved first shows their version in the form, with a message.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink, ErrorSummary, SummaryList, SuccessBanner, Table, Tag, type FieldError } from '../govuk/components.tsx';
import { formatDate } from '../format.ts';
import { Field } from './record-form.tsx';
import { ADOPTER_FIELD_GROUPS } from '../record-forms/adopter-forms.ts';
import type { FormValues } from '../record-forms/read-record-form.ts';
import type { AdopterHouseholdListItem, AdopterListView } from '../../../src/store/adopters/list-adopter-households.ts';
import type { AdopterClockInstance } from '../../../src/practice/adopters/adopter-clocks.ts';
import { adopterIdentifiers, stageOf, STAGE_LABELS, type AdopterHousehold } from '../../../src/practice/adopters/household.ts';
import { labelIn } from '../../../src/practice/journey/code-sets.ts';
import { LEAVING_REASONS } from '../../../src/practice/adopters/codes.ts';

interface Common {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
}

export const householdName = (h: Pick<AdopterHousehold, 'adopter1Name' | 'adopter2Name'>): string => (h.adopter2Name ? `${h.adopter1Name} and ${h.adopter2Name}` : h.adopter1Name);

const STATE_LABEL: Record<AdopterClockInstance['state'], string> = {
  upcoming: 'Upcoming',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  met_on_time: 'Met on time',
  met_late: 'Met late',
  stopped: 'Stopped',
};
const STATE_COLOUR: Record<AdopterClockInstance['state'], 'red' | 'yellow' | 'grey' | 'green' | 'blue'> = {
  upcoming: 'grey',
  due_soon: 'yellow',
  overdue: 'red',
  met_on_time: 'green',
  met_late: 'yellow',
  stopped: 'grey',
};
const clockTag = (c: AdopterClockInstance): ReactElement => <Tag colour={STATE_COLOUR[c.state]}>{STATE_LABEL[c.state]}</Tag>;
const stageName = (id: string): string => (id === 'adopter-assessment-stage-1' ? 'Stage 1' : 'Stage 2');

/** What is due next or overdue, in a few words, for the list. */
function dueNote(clocks: readonly AdopterClockInstance[]): ReactElement | string {
  const open = clocks.filter((c) => c.state === 'overdue' || c.state === 'due_soon' || c.state === 'upcoming');
  if (!open.length) return '';
  return (
    <>
      {open.map((c) => (
        <span key={c.clockId}>
          {stageName(c.clockId)} due {formatDate(c.due)} {clockTag(c)}{' '}
        </span>
      ))}
    </>
  );
}

export function AdopterHouseholdsPage({ nav, user, csrfToken, items, view }: Common & { items: AdopterHouseholdListItem[]; view: AdopterListView }): ReactElement {
  const overdue = items.filter((i) => i.clocks.some((c) => c.state === 'overdue')).length;
  return (
    <Layout title="Prospective adopters" nav={nav} user={user} csrfToken={csrfToken}>
      <h1 className="govuk-heading-l">Prospective adopters</h1>
      <p className="govuk-body">
        {items.length} {view === 'active' ? 'households in the process' : 'households'}; {overdue} with a stage overdue.{' '}
        {view === 'active' ? (
          <a className="govuk-link" href="/adopters?view=all">
            Show every household, including those who have adopted or left
          </a>
        ) : (
          <a className="govuk-link" href="/adopters">
            Show only households in the process
          </a>
        )}
      </p>
      <a href="/adopters/new" role="button" draggable="false" className="govuk-button" data-module="govuk-button">
        Record an enquiry
      </a>
      <Table
        caption="Prospective adopter households"
        captionHidden
        head={['Household', 'Reference', 'Enquiry', 'Stage', 'Due']}
        empty="No prospective adopter households yet."
        rows={items.map(({ household: h, clocks }) => [
          <a className="govuk-link" href={`/adopters/${h.id}`} key="a">
            {householdName(h)}
          </a>,
          h.familyReference,
          formatDate(h.enquiryReceivedOn),
          STAGE_LABELS[stageOf(h)],
          dueNote(clocks),
        ])}
      />
    </Layout>
  );
}

function HouseholdForm({ action, csrfToken, version, values, errors, submit }: { action: string; csrfToken: string; version: number | null; values: FormValues; errors: FieldError[]; submit: string }): ReactElement {
  return (
    <form method="post" action={action} noValidate>
      <input type="hidden" name="_csrf" value={csrfToken} />
      {version !== null && <input type="hidden" name="version" value={String(version)} />}
      {ADOPTER_FIELD_GROUPS.map((group) => (
        <div key={group.heading}>
          <h2 className="govuk-heading-m">{group.heading}</h2>
          {group.hint && <p className="govuk-hint">{group.hint}</p>}
          {group.fields.map((field) => (
            <Field key={field.name} field={field} values={values} errors={errors} referenceOptions={{}} />
          ))}
        </div>
      ))}
      <button type="submit" className="govuk-button" data-module="govuk-button">
        {submit}
      </button>
    </form>
  );
}

export function NewAdopterEnquiryPage({ nav, user, csrfToken, values, errors }: Common & { values: FormValues; errors: FieldError[] }): ReactElement {
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Record an enquiry from a prospective adopter`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href="/adopters">Back to prospective adopters</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Record an enquiry from a prospective adopter</h1>
          <p className="govuk-body">Record the enquiry now and the later stages as they happen: the household’s page shows its stage 1 and stage 2 timescales.</p>
          <HouseholdForm action="/adopters/new" csrfToken={csrfToken} version={null} values={values} errors={errors} submit="Record the enquiry" />
        </div>
      </div>
    </Layout>
  );
}

export function AdopterHouseholdPage({
  nav, user, csrfToken, item, values, errors, saved,
}: Common & { item: AdopterHouseholdListItem; values: FormValues; errors: FieldError[]; saved: boolean }): ReactElement {
  const h = item.household;
  const name = householdName(h);
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}${name}: prospective adopters`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href="/adopters">Back to prospective adopters</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          {saved && !errors.length && <SuccessBanner text="Household saved" />}
          <span className="govuk-caption-l">Prospective adopters, {h.familyReference}</span>
          <h1 className="govuk-heading-l">{name}</h1>
          <SummaryList
            rows={[
              { key: 'Stage', value: STAGE_LABELS[stageOf(h)] },
              { key: 'Adopter identifiers', value: adopterIdentifiers(h).join(', ') },
              { key: 'Enquiry received', value: formatDate(h.enquiryReceivedOn) },
              ...(h.leftOn ? [{ key: 'Left the process', value: `${formatDate(h.leftOn)}: ${labelIn(LEAVING_REASONS, h.leavingReason)}` }] : []),
            ]}
          />
          <Table
            caption="Assessment timescales"
            head={['Clock', 'Started', 'Due', 'Done', 'State']}
            empty="No stage has started yet: the clocks start with stage 1 and stage 2."
            rows={item.clocks.map((c) => [c.title, formatDate(c.started), formatDate(c.due), c.completed ? formatDate(c.completed) : c.stoppedAt ? `Stopped ${formatDate(c.stoppedAt)}` : '', clockTag(c)])}
          />
          <h2 className="govuk-heading-l">Change the household’s record</h2>
          <HouseholdForm action={`/adopters/${h.id}`} csrfToken={csrfToken} version={h.version} values={values} errors={errors} submit="Save household" />
        </div>
      </div>
    </Layout>
  );
}
