// Small inline SVG charts in GOV.UK colours: a line chart for a 12-month trend and a bar chart for a
// drill-down. Each has role="img", a <title> and <desc>, and labelled axes; the data table printed beside
// every chart is the accessible version (the SVG is a picture of that table). No chart library: a
// linear scale and "nice" axis ticks are a dozen lines.
import type { ReactElement } from 'react';

/** GOV.UK Design System colours (https://design-system.service.gov.uk/styles/colour/). */
export const GOVUK_COLOURS = { blue: '#1d70b8', black: '#0b0c0c', midGrey: '#b1b4b6', darkGrey: '#505a5f', orange: '#f47738' };

/** A round upper bound for an axis: 1, 2, 2.5 or 5 × a power of ten at or above the largest value. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

const scale = (domainMax: number, rangeMax: number) => (v: number) => (domainMax === 0 ? 0 : (v / domainMax) * rangeMax);

export interface LinePoint {
  label: string;
  value: number | null;
}

/** A line chart of values over time; gaps where a value is null; an optional dashed reference line (England). */
export function LineChart(props: { id: string; title: string; description: string; yLabel: string; points: LinePoint[]; percent: boolean; reference?: { value: number; label: string } | null }): ReactElement {
  const { id, title, description, yLabel, points, percent, reference } = props;
  const width = 460;
  const height = 220;
  const m = { top: 12, right: 28, bottom: 44, left: 52 };
  const innerW = width - m.left - m.right;
  const innerH = height - m.top - m.bottom;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const yMax = percent ? 100 : niceMax(Math.max(0, ...values, reference?.value ?? 0));
  const y = scale(yMax, innerH);
  const x = (i: number): number => (points.length <= 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => t * yMax);
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${(innerH - y(p.value)).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  return (
    <svg className="lantern-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" preserveAspectRatio="xMinYMin meet" fontFamily="Arial, sans-serif">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g transform={`translate(${m.left},${m.top})`}>
        {ticks.map((t) => (
          <g key={t} transform={`translate(0,${(innerH - y(t)).toFixed(1)})`}>
            <line x2={innerW} stroke={GOVUK_COLOURS.midGrey} strokeWidth="1" />
            <text x="-6" dy="0.32em" textAnchor="end" fontSize="12" fill={GOVUK_COLOURS.black}>
              {fmt(t)}
            </text>
          </g>
        ))}
        {reference && (
          <g>
            <line x2={innerW} y1={innerH - y(reference.value)} y2={innerH - y(reference.value)} stroke={GOVUK_COLOURS.orange} strokeWidth="2" strokeDasharray="6 4" />
            <text x={innerW} y={innerH - y(reference.value) - 4} textAnchor="end" fontSize="12" fill={GOVUK_COLOURS.black}>
              {reference.label}
            </text>
          </g>
        )}
        {segments.map((d) => (
          <path key={d} d={d} fill="none" stroke={GOVUK_COLOURS.blue} strokeWidth="3" />
        ))}
        {points.map((p, i) =>
          p.value === null ? null : <circle key={p.label} cx={x(i)} cy={innerH - y(p.value)} r="3.5" fill={GOVUK_COLOURS.blue} />,
        )}
        <line y1={innerH} x2={innerW} y2={innerH} stroke={GOVUK_COLOURS.black} strokeWidth="1" />
        {points.map((p, i) =>
          i % 2 === points.length % 2 ? null : (
            <text key={p.label} x={x(i)} y={innerH + 16} textAnchor="middle" fontSize="12" fill={GOVUK_COLOURS.black}>
              {p.label}
            </text>
          ),
        )}
        <text x={innerW / 2} y={innerH + 36} textAnchor="middle" fontSize="12" fill={GOVUK_COLOURS.darkGrey}>
          Month end (as at)
        </text>
        <text transform={`translate(-40,${innerH / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill={GOVUK_COLOURS.darkGrey}>
          {yLabel}
        </text>
      </g>
    </svg>
  );
}

/** Horizontal bars, one per row, labelled with the value; rows with no value are left out of the picture. */
export function BarChart(props: { id: string; title: string; description: string; xLabel: string; bars: { label: string; value: number | null }[]; percent: boolean }): ReactElement {
  const { id, title, description, xLabel, bars, percent } = props;
  const shown = bars.filter((b): b is { label: string; value: number } => b.value !== null);
  const barH = 22;
  const gap = 8;
  const m = { top: 8, right: 48, bottom: 36, left: 200 };
  const width = 560;
  const innerW = width - m.left - m.right;
  const innerH = Math.max(1, shown.length) * (barH + gap);
  const height = innerH + m.top + m.bottom;
  const xMax = percent ? 100 : niceMax(Math.max(0, ...shown.map((b) => b.value)));
  const x = scale(xMax, innerW);
  const short = (s: string): string => (s.length > 30 ? `${s.slice(0, 29)}…` : s);
  return (
    <svg className="lantern-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" preserveAspectRatio="xMinYMin meet" fontFamily="Arial, sans-serif">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g transform={`translate(${m.left},${m.top})`}>
        {shown.map((b, i) => (
          <g key={b.label} transform={`translate(0,${i * (barH + gap)})`}>
            <text x="-8" y={barH / 2} dy="0.32em" textAnchor="end" fontSize="12" fill={GOVUK_COLOURS.black}>
              {short(b.label)}
            </text>
            <rect width={Math.max(1, x(b.value))} height={barH} fill={GOVUK_COLOURS.blue} />
            <text x={x(b.value) + 4} y={barH / 2} dy="0.32em" fontSize="12" fill={GOVUK_COLOURS.black}>
              {percent ? `${b.value}%` : String(b.value)}
            </text>
          </g>
        ))}
        <line y1={innerH} x2={innerW} y2={innerH} stroke={GOVUK_COLOURS.black} strokeWidth="1" />
        {[0, 0.5, 1].map((t) => (
          <text key={t} x={t * innerW} y={innerH + 14} textAnchor="middle" fontSize="12" fill={GOVUK_COLOURS.black}>
            {String(t * xMax)}
          </text>
        ))}
        <text x={innerW / 2} y={innerH + 30} textAnchor="middle" fontSize="12" fill={GOVUK_COLOURS.darkGrey}>
          {xLabel}
        </text>
      </g>
    </svg>
  );
}
