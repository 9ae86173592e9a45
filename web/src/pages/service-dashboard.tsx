// The service dashboard: every measure of PRACTICE.md §4 as at a date, with the England figure beside
// it, a 12-month trend (chart and, beside it, the same data as a table), and a drill-down from a figure
// to service areas, teams, workers and the children behind it.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { ErrorSummary, Table, type FieldError } from '../govuk/components.tsx';
import { DateInput } from '../govuk/form-fields.tsx';
import { BarChart, LineChart } from '../govuk/charts.tsx';
import type { ServiceDashboard } from '../../../src/store/dashboard/service-dashboard.ts';
import type { Figure, Scope } from '../../../src/practice/measures/evaluate.ts';
import type { MeasureDefinition } from '../../../src/practice/measures/types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function dashboardHref(asAt: string, scope: Scope, measureId?: string | null): string {
  const q = new URLSearchParams({ asAt });
  if (scope.area !== undefined) q.set('area', scope.area);
  if (scope.teamId !== undefined) q.set('team', scope.teamId);
  if (scope.workerId !== undefined) q.set('worker', scope.workerId);
  if (measureId) q.set('measure', measureId);
  return `/dashboard?${q.toString()}`;
}

export function formatValue(definition: Pick<MeasureDefinition, 'unit'>, value: number | null): string {
  if (value === null) return 'None to measure';
  if (definition.unit === 'percent') return `${value}%`;
  if (definition.unit === 'per_worker') return `${value} per worker`;
  return value.toLocaleString('en-GB');
}

const formatDate = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const monthLabel = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(2, 4)}`;
const count = (n: number): string => (Number.isInteger(n) ? n.toLocaleString('en-GB') : n.toFixed(1));

function fraction(definition: MeasureDefinition, f: Figure): string {
  if (definition.unit === 'count') return `${count(f.numerator)}`;
  if (definition.unit === 'per_worker') return `${count(f.numerator)} children, ${count(f.denominator)} workers`;
  return `${count(f.numerator)} of ${count(f.denominator)}`;
}

const DIRECTION: Record<string, string> = { true: 'Higher is better', false: 'Lower is better', null: 'Neither higher nor lower is better in itself' };

const NEXT_LEVEL: Record<ServiceDashboard['level'], string> = { local_authority: 'service area', service_area: 'team', team: 'worker', worker: 'child' };

export interface DashboardForm {
  day: string;
  month: string;
  year: string;
}

export function ServiceDashboardPage(props: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; dashboard: ServiceDashboard | null; errors: FieldError[]; form: DashboardForm; scope: Scope; measureId: string | null }): ReactElement {
  const { nav, user, csrfToken, dashboard, errors, form, scope, measureId } = props;
  return (
    <Layout title={errors.length ? 'Error: Service dashboard' : 'Service dashboard'} nav={nav} user={user} csrfToken={csrfToken}>
      {dashboard && dashboard.trail.length > 1 && (
        <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
          <ol className="govuk-breadcrumbs__list">
            {dashboard.trail.slice(0, -1).map((t) => (
              <li className="govuk-breadcrumbs__list-item" key={t.label}>
                <a className="govuk-breadcrumbs__link" href={dashboardHref(dashboard.asAt, t.scope, measureId)}>
                  {t.label}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <ErrorSummary errors={errors} />
      {dashboard && <span className="govuk-caption-l">{dashboard.trail[dashboard.trail.length - 1]!.label}</span>}
      <h1 className="govuk-heading-l">Service dashboard</h1>
      <form method="get" action="/dashboard" noValidate>
        {scope.area !== undefined && <input type="hidden" name="area" value={scope.area} />}
        {scope.teamId !== undefined && <input type="hidden" name="team" value={scope.teamId} />}
        {scope.workerId !== undefined && <input type="hidden" name="worker" value={scope.workerId} />}
        {measureId && <input type="hidden" name="measure" value={measureId} />}
        <DateInput id="asAt" name="asAt" label="Measures as at" hint="Each measure counts the 12 months to this date. For example, 31 3 2025" error={errors.find((e) => e.field === 'asAt')?.message} day={form.day} month={form.month} year={form.year} />
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show measures
        </button>
      </form>
      {dashboard && <DashboardBody dashboard={dashboard} />}
    </Layout>
  );
}

function DashboardBody({ dashboard }: { dashboard: ServiceDashboard }): ReactElement {
  const families = [...new Set(dashboard.results.map((r) => r.definition.family))];
  return (
    <>
      <p className="govuk-body">
        As at <strong>{formatDate(dashboard.asAt)}</strong>. Choose a figure to see it by {NEXT_LEVEL[dashboard.level]}. Measures read the stored clocks and records; definitions are in the dashboard guide (docs/dashboard.md).
      </p>
      {dashboard.drill && <Drill dashboard={dashboard} />}
      {families.map((family) => (
        <section key={family}>
          <h2 className="govuk-heading-l">{family}</h2>
          {dashboard.results
            .filter((r) => r.definition.family === family)
            .map(({ definition, figure, trend }) => {
              const percent = definition.unit === 'percent';
              const england = definition.england;
              return (
                <div key={definition.id} id={`measure-${definition.id}`}>
                  <h3 className="govuk-heading-m">{definition.title}</h3>
                  <p className="lantern-figure">
                    <a className="govuk-link" href={`${dashboardHref(dashboard.asAt, dashboard.scope, definition.id)}#drill`}>
                      {formatValue(definition, figure.value)}
                      <span className="govuk-visually-hidden">: {definition.title}, see it by {NEXT_LEVEL[dashboard.level]}</span>
                    </a>
                  </p>
                  <p className="govuk-body-s">
                    {fraction(definition, figure)}. {england ? `England: ${formatValue(definition, england.value)} (${england.source}).` : 'No England figure.'} {DIRECTION[String(definition.higherIsBetter)]}.
                  </p>
                  <div className="govuk-grid-row">
                    <div className="govuk-grid-column-one-half">
                      <LineChart
                        id={`chart-${definition.id}`}
                        title={`${definition.title}: the 12 months to ${formatDate(dashboard.asAt)}`}
                        description={`A line chart of the figure at each month end; the table beside it gives the same figures.${england ? ` A dashed line marks England’s ${formatValue(definition, england.value)}.` : ''}`}
                        yLabel={percent ? 'Per cent' : definition.unit === 'per_worker' ? 'Children per worker' : 'Number'}
                        percent={percent}
                        points={trend.map((t) => ({ label: monthLabel(t.asAt), value: t.figure.value }))}
                        reference={england ? { value: england.value, label: `England ${formatValue(definition, england.value)}` } : null}
                      />
                    </div>
                    <div className="govuk-grid-column-one-half">
                      <Table
                        caption={`${definition.title}, month by month`}
                        captionHidden
                        head={['As at', 'Figure', definition.unit === 'count' ? 'Count' : 'Of']}
                        empty=""
                        rows={trend.map((t) => [formatDate(t.asAt), formatValue(definition, t.figure.value), fraction(definition, t.figure)])}
                      />
                    </div>
                  </div>
                </div>
              );
            })}
        </section>
      ))}
    </>
  );
}

function Drill({ dashboard }: { dashboard: ServiceDashboard }): ReactElement {
  const drill = dashboard.drill!;
  const { measure } = drill;
  const level = NEXT_LEVEL[dashboard.level];
  const percent = measure.unit === 'percent';
  return (
    <section id="drill" aria-labelledby="drill-heading" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="drill-heading">
        {measure.title}: by {level}
      </h2>
      <p className="govuk-body">
        Numerator: {measure.numerator}. {measure.denominator !== '—' && <>Denominator: {measure.denominator}. </>}Source: {measure.source}.
      </p>
      {dashboard.level === 'worker' ? (
        <>
          <Table
            caption={`The children behind the figure (${drill.children.length})`}
            head={['Child', percent ? 'Counted as met (numerator)' : 'Counted', percent ? 'Counted in all (denominator)' : 'Of']}
            empty="No child of this worker is counted in this measure."
            rows={drill.children.map((c) => [
              <a className="govuk-link" href={`/children/${c.id}`} key="c">
                {c.name}
              </a>,
              count(c.numerator),
              count(c.denominator),
            ])}
          />
          {drill.notListed > 0 && <p className="govuk-body">{drill.notListed} more children are counted whom you may not open; they are not named here.</p>}
        </>
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <BarChart
              id="drill-chart"
              title={`${measure.title} by ${level}, as at ${formatDate(dashboard.asAt)}`}
              description="A bar for each row of the table beside it, which gives the same figures."
              xLabel={percent ? 'Per cent' : measure.unit === 'per_worker' ? 'Children per worker' : 'Number'}
              percent={percent}
              bars={drill.rows.map((r) => ({ label: r.label, value: r.figure.value }))}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <Table
              caption={`${measure.title} by ${level}`}
              captionHidden
              head={[level[0]!.toUpperCase() + level.slice(1), 'Figure', measure.unit === 'count' ? 'Count' : 'Of']}
              empty={`Nothing is counted in this measure at this level.`}
              rows={drill.rows.map((r) => [
                r.scope ? (
                  <a className="govuk-link" href={`${dashboardHref(dashboard.asAt, r.scope, measure.id)}#drill`} key="l">
                    {r.label}
                  </a>
                ) : (
                  r.label
                ),
                formatValue(measure, r.figure.value),
                fraction(measure, r.figure),
              ])}
            />
          </div>
        </div>
      )}
    </section>
  );
}
