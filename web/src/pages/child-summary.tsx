import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { SuccessBanner, SummaryList, Table, Tag } from '../govuk/components.tsx';
import { FlagList } from './chronology.tsx';
import { A1_THRESHOLD_DAYS, A2_THRESHOLD_DAYS } from '../../../src/practice/casework/adoption-timeliness.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { disabilityLabel, ethnicityLabel, sexLabel } from '../../../src/practice/identity/codes.ts';
import { formatNhsNumber } from '../../../src/practice/identity/nhs-number.ts';
import { ageInYears } from '../../../src/practice/identity/age.ts';
import type { ChildSummary } from '../../../src/store/children/child-summary.ts';

const SOURCE_LABELS = { supervision: 'supervision action', looked_after_review: 'looked-after review recommendation', cp_plan: 'child protection plan goal', cin_plan: 'child in need plan goal' } as const;

/** Drift: days since meaningful progress, and any actions carried unchanged across reviews (issue 7). */
function DriftLine({ drift }: { drift: NonNullable<ChildSummary['drift']> }): ReactElement {
  const drifting = drift.daysSinceProgress === null || drift.daysSinceProgress > drift.driftDays;
  const days = drift.daysSinceProgress === 0 ? 'today' : drift.daysSinceProgress === 1 ? '1 day ago' : `${drift.daysSinceProgress} days ago`;
  return (
    <>
      <p className="govuk-body">
        {drift.lastProgress
          ? `Drift: last meaningful progress ${formatDate(drift.lastProgress.date)} (${days}): ${drift.lastProgress.what}.`
          : 'Drift: no meaningful progress recorded.'}{' '}
        {drifting && <Tag colour="red">Drifting</Tag>}
      </p>
      {drift.carriedActions.length > 0 && (
        <ul className="govuk-list govuk-list--bullet">
          {drift.carriedActions.map((a) => (
            <li key={`${a.source}:${a.text}`}>
              Carried unchanged across {a.reviews} reviews ({SOURCE_LABELS[a.source]}, since {formatDate(a.since)}): {a.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export interface ChildSummaryPageProps {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
  summary: ChildSummary;
  today: string;
  canViewAudit: boolean;
  /** The casework records this person may add, as "Add a …" links. */
  recordForms: { type: string; noun: string }[];
  /** Set just after a record was saved (the banner says so). */
  savedNoun: string | null;
  canAllocate: boolean;
}

const RELATIONSHIP_LABELS: Record<string, string> = {
  sibling: 'Sibling',
  half_sibling: 'Half-sibling',
  step_sibling: 'Step-sibling',
  cousin: 'Cousin',
};

function Days({ days, threshold }: { days: number | null; threshold: number }): ReactElement {
  if (days === null) return <>Not yet</>;
  return (
    <>
      {days} days <Tag colour={days > threshold ? 'red' : 'green'}>{days > threshold ? `over the scorecard’s ${threshold}` : `within the scorecard’s ${threshold}`}</Tag>
    </>
  );
}

function RiskTag({ level }: { level: string }): ReactElement {
  const colour = level === 'high' ? 'red' : level === 'medium' ? 'yellow' : level === 'low' ? 'blue' : 'grey';
  return <Tag colour={colour}>{level.charAt(0).toUpperCase() + level.slice(1)}</Tag>;
}

/**
 * Data quality (issue 8): the DfE validation rules the child's records break today, so they are fixed
 * through the year and not in March. Each with the rule's code and the DfE's message, which record, and a
 * link to correct it where the worker has a form for that record.
 */
function DataQuality({ childId, findings, editable }: { childId: string; findings: ChildSummary['dataQuality']; editable: ReadonlySet<string> }): ReactElement {
  return (
    <>
      <h2 className="govuk-heading-m" id="data-quality">Data quality</h2>
      <Table
        caption="DfE validation rules this child’s records break today"
        captionHidden={findings.length === 0}
        head={['Rule', 'What the DfE says', 'Record']}
        empty="This child’s records break none of the DfE validation rules Lantern checks."
        rows={findings.map((f) => [
          <span key="r">
            {f.return === 'cin' ? 'CIN census' : 'SSDA903'} {f.code}{' '}
            {f.severity === 'ERROR' ? <Tag colour="red">Error</Tag> : <Tag colour="yellow">Query</Tag>}
          </span>,
          f.message,
          f.record && editable.has(f.record.type) ? (
            <a className="govuk-link" href={`/children/${childId}/records/${f.record.type}/${encodeURIComponent(f.record.key)}`} key="w">
              Correct the {f.where}
            </a>
          ) : (
            f.where
          ),
        ])}
      />
    </>
  );
}

const article = (noun: string): string => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

export function ChildSummaryPage({ nav, user, csrfToken, summary, today, canViewAudit, recordForms, savedNoun, canAllocate }: ChildSummaryPageProps): ReactElement {
  const { child, allocations, addresses, familyLinks } = summary;
  const name = `${child.givenName} ${child.familyName}`;
  const current = allocations.find((a) => a.endDate === null);
  const distinctWorkers = new Set(allocations.map((a) => a.workerId)).size;
  return (
    <Layout title={name} nav={nav} user={user} csrfToken={csrfToken}>
      {savedNoun && <SuccessBanner text={`${savedNoun.charAt(0).toUpperCase()}${savedNoun.slice(1)} saved. The clocks below include it.`} />}
      <span className="govuk-caption-l">Child {child.childReference}</span>
      <h1 className="govuk-heading-l">{name}</h1>
      <FlagList flags={summary.flags} />
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={`/children/${child.id}/chronology`}>
            Chronology
          </a>
        </li>
        {canAllocate && (
          <li>
            <a className="govuk-link" href={`/children/${child.id}/allocation`}>
              Allocate a worker
            </a>
          </li>
        )}
        {canViewAudit && (
          <li>
            <a className="govuk-link" href={`/children/${child.id}/viewers`}>
              Who has viewed this child
            </a>
          </li>
        )}
      </ul>
      {recordForms.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Record something</span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list lantern-actions">
              {recordForms.map((f) => (
                <li key={f.type}>
                  <a className="govuk-link" href={`/children/${child.id}/records/${f.type}/new`}>
                    Add {article(f.noun)} {f.noun}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
      <h2 className="govuk-heading-m">What is due</h2>
      <Table
        caption="Clocks running on this child’s journey"
        captionHidden
        head={['What', 'Due', 'Status']}
        empty="No clocks are running on this child’s journey."
        rows={summary.openClocks.map((c) => [
          c.title,
          c.due.length > 10 ? formatDateTime(c.due) : formatDate(c.due),
          <Tag colour={c.state === 'overdue' ? 'red' : c.state === 'due_soon' ? 'yellow' : 'grey'} key="s">
            {c.state === 'overdue' ? 'Overdue' : c.state === 'due_soon' ? 'Due soon' : 'Upcoming'}
          </Tag>,
        ])}
      />
      {summary.exploitationRisk && (
        <>
          <h2 className="govuk-heading-m">Exploitation risk</h2>
          <SummaryList
            rows={[
              { key: 'Sexual exploitation', value: <RiskTag level={summary.exploitationRisk.sexual} /> },
              { key: 'Criminal exploitation', value: <RiskTag level={summary.exploitationRisk.criminal} /> },
              { key: 'Screened', value: `${formatDate(summary.exploitationRisk.date)} by ${summary.exploitationRisk.assessedBy}` },
            ]}
          />
          {(summary.exploitationTags.locations.length > 0 || summary.exploitationTags.associates.length > 0) && (
            <>
              <h3 className="govuk-heading-s">Linked by tag</h3>
              <p className="govuk-body">Places and people named in this child’s screenings. Each shows the other children whose screenings name it.</p>
              <ul className="govuk-list" id="exploitation-tags">
                {summary.exploitationTags.locations.map((t) => (
                  <li key={`l-${t}`}>
                    Place:{' '}
                    <a className="govuk-link" href={`/children/${child.id}/linked-by-tag?kind=location&tag=${encodeURIComponent(t)}`}>
                      {t}
                    </a>
                  </li>
                ))}
                {summary.exploitationTags.associates.map((t) => (
                  <li key={`a-${t}`}>
                    Person:{' '}
                    <a className="govuk-link" href={`/children/${child.id}/linked-by-tag?kind=associate&tag=${encodeURIComponent(t)}`}>
                      {t}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {summary.emergencyProtection.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Emergency protection</h2>
          <Table
            caption="Emergency protection orders and police protection"
            captionHidden
            head={['What', 'From', 'To', 'Status', 'Details']}
            empty=""
            rows={summary.emergencyProtection.map((e) => [
              e.kind === 'epo' ? 'Emergency protection order' : 'Police protection',
              formatDateTime(e.from),
              e.to ? formatDateTime(e.to) : 'Not recorded',
              <Tag colour={e.inForce ? 'red' : 'grey'} key="s">{e.inForce ? 'In force' : 'Ended'}</Tag>,
              e.detail,
            ])}
          />
        </>
      )}
      {summary.localOfferNotTold && (
        <>
          <h2 className="govuk-heading-m">Local offer</h2>
          {summary.localOfferNotTold.length === 0 ? (
            <p className="govuk-body">The young person has been told of every entitlement in the local offer.</p>
          ) : (
            <>
              <p className="govuk-body">Not yet told of:</p>
              <ul className="govuk-list govuk-list--bullet" id="local-offer-not-told">
                {summary.localOfferNotTold.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {summary.adoption && (
        <>
          <h2 className="govuk-heading-m">Adoption timeliness</h2>
          <SummaryList
            rows={[
              { key: 'A1: entering care to moving in with the adoptive family', value: <Days days={summary.adoption.a1Days} threshold={A1_THRESHOLD_DAYS} /> },
              { key: 'A10: as A1, counting foster carers who adopt from when the child moved in with them', value: <Days days={summary.adoption.a10Days} threshold={A1_THRESHOLD_DAYS} /> },
              { key: 'A2: placement order to match', value: <Days days={summary.adoption.a2Days} threshold={A2_THRESHOLD_DAYS} /> },
            ]}
          />
        </>
      )}
      <DataQuality childId={child.id} findings={summary.dataQuality} editable={new Set(recordForms.map((f) => f.type))} />
      <h2 className="govuk-heading-m">Identity</h2>
      <SummaryList
        rows={[
          child.dateOfBirth
            ? { key: 'Date of birth', value: `${formatDate(child.dateOfBirth)} (age ${ageInYears(child.dateOfBirth, today)})` }
            : { key: 'Expected date of birth', value: `${formatDate(child.expectedDateOfBirth)} (unborn)` },
          { key: 'Sex', value: sexLabel(child.sex) },
          { key: 'Ethnicity', value: `${ethnicityLabel(child.ethnicity)} (${child.ethnicity})` },
          { key: 'NHS number', value: child.nhsNumber ? formatNhsNumber(child.nhsNumber) : 'Not recorded' },
          { key: 'Unique pupil number', value: child.upn ?? 'Not recorded' },
          { key: 'Disability', value: child.disabilities.length ? child.disabilities.map(disabilityLabel).join(', ') : 'Not recorded' },
          { key: 'First language', value: child.firstLanguage || 'Not recorded' },
          { key: 'Unaccompanied asylum-seeking child', value: child.unaccompaniedAsylumSeeking ? <Tag colour="blue">Yes</Tag> : 'No' },
        ]}
      />
      <h2 className="govuk-heading-m">Allocation</h2>
      {current ? (
        <p className="govuk-body">
          Allocated to <strong>{current.workerName}</strong>
          {current.workerEmploymentType === 'agency' ? ' (agency)' : ''}, {current.teamName}, since {formatDate(current.startDate)}.
        </p>
      ) : (
        <p className="govuk-body">
          <Tag colour="red">Not allocated</Tag>
        </p>
      )}
      <p className="govuk-body">
        {distinctWorkers === 1 ? 'This child has had 1 social worker.' : `This child has had ${distinctWorkers} social workers.`}
      </p>
      <p className="govuk-body">
        {summary.lastOversight
          ? `Last management oversight: ${formatDate(summary.lastOversight.date)} (${summary.lastOversight.days === 0 ? 'today' : summary.lastOversight.days === 1 ? '1 day ago' : `${summary.lastOversight.days} days ago`}).`
          : 'No management oversight recorded.'}
      </p>
      {summary.drift && <DriftLine drift={summary.drift} />}
      <Table
        caption="Allocation history"
        head={['Worker', 'Team', 'From', 'To', 'Reason for change']}
        empty="No allocations recorded."
        rows={allocations.map((a) => [a.workerName, a.teamName, formatDate(a.startDate), a.endDate ? formatDate(a.endDate) : 'Current', a.endReason ?? ''])}
      />
      <h2 className="govuk-heading-m">Family</h2>
      <Table
        caption="Brothers, sisters and other related children"
        captionHidden
        head={['Child', 'Relationship', 'Date of birth']}
        empty="No related children recorded."
        rows={familyLinks.map((l) => [
          l.child ? (
            <a className="govuk-link" href={`/children/${l.child.id}`} key="c">
              {l.child.givenName} {l.child.familyName}
            </a>
          ) : (
            'A child outside your caseload access'
          ),
          RELATIONSHIP_LABELS[l.relationship] ?? l.relationship,
          l.child ? formatDate(l.child.dateOfBirth) : '',
        ])}
      />
      <h2 className="govuk-heading-m">Addresses</h2>
      <Table
        caption="Address history"
        captionHidden
        head={['Address', 'From', 'To']}
        empty="No address recorded."
        rows={addresses.map((a) => [
          [a.line1, a.line2, a.town, a.postcode].filter(Boolean).join(', '),
          formatDate(a.startDate),
          a.endDate ? formatDate(a.endDate) : 'Current',
        ])}
      />
    </Layout>
  );
}
