import ApexCharts from 'apexcharts';

type Point = [number, number];
interface SeriesConfig {
  key: string;
  label: string;
  color: string;
  style: 'line' | 'dashed' | 'points';
  data: Point[];
}
interface HeatmapRow {
  name: string;
  data: { x: string; y: number | null }[];
}
interface ChartConfig {
  type: 'line' | 'heatmap';
  title: string;
  xTitle: string;
  yTitle: string;
  logX?: boolean;
  logY?: boolean;
  series?: SeriesConfig[];
  rows?: HeatmapRow[];
  color?: string;
  min?: number;
  max?: number;
}

/**
 * A thin wrapper around ApexCharts 4.7.0, rendered in the light DOM so ApexCharts' document-level CSS applies.
 * The server sets the whole configuration with setConfig(), then streams points with appendPoints(); redraws are
 * coalesced to one per animation frame so a fast stream cannot flood the browser. Log axes are drawn by plotting
 * log10 of the values and labelling ticks with the values themselves. Clicking a point dispatches
 * 'lm-point-click' with the series and the index of the point.
 */
class LmChart extends HTMLElement {
  private chart?: ApexCharts;
  private config?: ChartConfig;
  private redrawPending = false;
  private axes?: DecadeAxes;
  private shownKeys?: string;
  private themeObserver?: MutationObserver;

  connectedCallback() {
    this.themeObserver = new MutationObserver(() => this.rebuild());
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style'] });
    this.rebuild();
  }

  disconnectedCallback() {
    this.themeObserver?.disconnect();
    this.chart?.destroy();
    this.chart = undefined;
  }

  setConfig(config: ChartConfig) {
    this.config = config;
    this.rebuild();
  }

  /** Appends points to the series with these keys, or with replace=true replaces their points. */
  appendPoints(points: Record<string, Point[]>, replace: boolean) {
    if (!this.config?.series) return;
    for (const series of this.config.series) {
      const added = points[series.key];
      if (added) {
        series.data = replace ? added.slice() : series.data.concat(added);
      }
    }
    this.scheduleRedraw();
  }

  private scheduleRedraw() {
    if (this.redrawPending) return;
    this.redrawPending = true;
    requestAnimationFrame(() => {
      this.redrawPending = false;
      const c = this.config;
      if (!c?.series || !this.chart) return;
      const series = this.lineSeries(c);
      const axes = decadeAxes(c, series);
      const shown = shownSeries(c).map((x) => x.key).join('\n');
      if (shown !== this.shownKeys) {
        // A theory curve arrived (or a series emptied): legend, colours and dashes are per series, so redo them.
        this.shownKeys = shown;
        this.axes = axes;
        this.chart.updateOptions(lineOptions(c, series, axes), false, false);
        return;
      }
      // Changing axis options costs a full redraw, so do it only when the data crosses into another decade.
      if (JSON.stringify(axes) !== JSON.stringify(this.axes)) {
        this.axes = axes;
        this.chart.updateOptions(axisOptions(c, axes), false, false);
      }
      this.chart.updateSeries(series, false);
    });
  }

  private lineSeries(c: ChartConfig) {
    const tx = c.logX ? Math.log10 : (v: number) => v;
    const ty = c.logY ? Math.log10 : (v: number) => v;
    const keep = (p: Point) => (!c.logX || p[0] > 0) && (!c.logY || p[1] > 0);
    return shownSeries(c).map((s) => ({ name: s.label, data: s.data.filter(keep).map((p) => [tx(p[0]), ty(p[1])]) }));
  }

  private rebuild() {
    if (!this.isConnected || !this.config) return;
    this.chart?.destroy();
    // Take colours from the page as it is actually drawn, so the chart always matches the Lumo scheme in force.
    const textColor = getComputedStyle(this).color;
    const dark = luminance(textColor) > 0.5;
    const c = this.config;
    const common: ApexCharts.ApexOptions = {
      chart: {
        height: 320,
        animations: { enabled: false },
        background: 'transparent',
        toolbar: { show: true, tools: { download: true, selection: false, zoom: c.type === 'line', zoomin: false, zoomout: false, pan: false, reset: c.type === 'line' } },
        zoom: { enabled: c.type === 'line', type: 'x' },
        fontFamily: 'inherit',
        foreColor: textColor,
        events: {
          markerClick: (_e: unknown, _c: unknown, o: { seriesIndex: number; dataPointIndex: number }) => this.clicked(o.seriesIndex, o.dataPointIndex),
          dataPointSelection: (_e: unknown, _c: unknown, o: { seriesIndex: number; dataPointIndex: number }) => this.clicked(o.seriesIndex, o.dataPointIndex),
        },
      },
      theme: { mode: dark ? 'dark' : 'light' },
      title: { text: c.title, style: { fontSize: '14px', fontWeight: 600 } },
      grid: { borderColor: dark ? 'rgba(255, 255, 255, 0.14)' : 'rgba(0, 0, 0, 0.1)' },
      legend: { position: 'bottom' },
    };
    const series = c.type === 'line' ? this.lineSeries(c) : [];
    this.shownKeys = c.type === 'line' ? shownSeries(c).map((x) => x.key).join('\n') : undefined;
    this.axes = c.type === 'line' ? decadeAxes(c, series) : undefined;
    this.chart = new ApexCharts(this, c.type === 'heatmap' ? { ...common, ...heatmapOptions(c, dark) } : { ...common, ...lineOptions(c, series, this.axes!) });
    this.chart.render();
  }

  private clicked(seriesIndex: number, index: number) {
    if (seriesIndex < 0 || index < 0) return;
    const series = this.config?.type === 'heatmap' ? String(seriesIndex)
      : this.config?.series ? shownSeries(this.config)[seriesIndex]?.key : undefined;
    this.dispatchEvent(new CustomEvent('lm-point-click', { detail: { series, index } }));
  }
}

/** Whole decades [from, to] (as log10) spanned by the data on each log axis; undefined for a linear axis. */
interface DecadeAxes {
  x?: [number, number];
  y?: [number, number];
}

function decadeAxes(c: ChartConfig, series: { data: number[][] }[]): DecadeAxes {
  const span = (log: boolean | undefined, i: number): [number, number] | undefined => {
    if (!log) return undefined;
    const values = series.flatMap((s) => s.data.map((p) => p[i])).filter((v) => Number.isFinite(v));
    if (values.length === 0) return undefined;
    const from = Math.floor(Math.min(...values));
    return [from, Math.max(from + 1, Math.ceil(Math.max(...values)))];
  };
  return { x: span(c.logX, 0), y: span(c.logY, 1) };
}

/**
 * A log axis ticks at powers of ten (every half decade when it spans only one), so its labels read 0.01, 0.1, 1, 10
 * rather than wherever an even split of the range happens to fall. Linear axes keep ApexCharts' own ticks.
 */
function axisOptions(c: ChartConfig, axes: DecadeAxes): ApexCharts.ApexOptions {
  // Ticks every decade up to eight decades; beyond that every second, third… decade, the range widened to a whole
  // number of steps so every tick still falls on a power of ten.
  const decades = (range?: [number, number]) => {
    if (!range) return {};
    const span = range[1] - range[0];
    if (span === 1) return { min: range[0], max: range[1], tickAmount: 2 };
    const step = Math.ceil(span / 8);
    const ticks = Math.ceil(span / step);
    return { min: range[0], max: range[0] + ticks * step, tickAmount: ticks };
  };
  return {
    xaxis: {
      type: 'numeric',
      title: { text: c.xTitle + (c.logX ? ' (log scale)' : '') },
      labels: { formatter: (v: string) => tickLabel(c.logX, axes.x)(Number(v)) },
      tickAmount: 8,
      ...decades(axes.x),
    },
    yaxis: {
      title: { text: c.yTitle + (c.logY ? ' (log scale)' : '') },
      labels: { formatter: tickLabel(c.logY, axes.y) },
      forceNiceScale: !c.logY,
      ...decades(axes.y),
    },
  };
}

/** Axis ticks fall wherever the scale puts them: round the large ones ("26", not "25.88"); tooltips stay exact. */
function tickLabel(log: boolean | undefined, range?: [number, number]) {
  const exponential = range !== undefined && (range[0] < -3 || range[1] > 4);
  return (v: number) => {
    const shown = log ? Math.pow(10, v) : v;
    if (log) {
      // Whole decades as 0.001 … 10000 when the axis stays within those, otherwise all as 1e-6 … 1e8: one style
      // per axis, never 0.000001 beside 1e-7.
      const decade = Math.round(v);
      if (Math.abs(v - decade) < 1e-9) return exponential ? `1e${decade}` : Number(shown.toPrecision(1)).toString();
      return Number(shown.toPrecision(2)).toString();
    }
    return Math.abs(shown) >= 10 ? String(Math.round(shown)) : format(shown);
  };
}

/**
 * The series drawn and named in the legend: those with points. A series the simulation never fills (most often a
 * theory curve it has no theory for) leaves no empty entry in the legend; one that fills later appears then.
 */
function shownSeries(c: ChartConfig): SeriesConfig[] {
  return (c.series ?? []).filter((x) => x.data.length > 0);
}

function lineOptions(c: ChartConfig, series: ApexAxisChartSeries, axes: DecadeAxes): ApexCharts.ApexOptions {
  const s = shownSeries(c);
  const value = (log: boolean | undefined) => (v: number) => format(log ? Math.pow(10, v) : v);
  const ticks = axisOptions(c, axes);
  // Simulated lines are wide and translucent, theory lines thin, dashed and opaque on top: where they agree the
  // dashes run inside the band, where they disagree the eye sees it at once. Points are markers without a line.
  return {
    chart: { type: 'line' },
    series,
    colors: s.map((x) => (x.style === 'line' ? x.color + '8C' : x.color)),
    stroke: {
      width: s.map((x) => (x.style === 'points' ? 0 : x.style === 'dashed' ? 2 : 5)),
      dashArray: s.map((x) => (x.style === 'dashed' ? 5 : 0)),
      curve: 'straight',
    },
    markers: { size: s.map((x) => (x.style === 'points' ? 6 : 0)), strokeWidth: 0, hover: { sizeOffset: 2 } },
    xaxis: ticks.xaxis,
    yaxis: ticks.yaxis,
    tooltip: {
      shared: false,
      intersect: false,
      x: { formatter: (v: number) => `${c.xTitle} = ${value(c.logX)(v)}` },
      y: { formatter: value(c.logY) },
    },
  };
}

function heatmapOptions(c: ChartConfig, dark: boolean): ApexCharts.ApexOptions {
  return {
    chart: { type: 'heatmap', height: 360 },
    series: c.rows!.map((r) => ({ name: r.name, data: r.data.map((d) => ({ x: d.x, y: d.y ?? NO_VALUE })) })),
    colors: [c.color ?? '#0072B2'],
    dataLabels: { enabled: false },
    plotOptions: {
      heatmap: {
        radius: 2,
        enableShades: false,
        // One colour, light to dark over [min, max] shared by the heatmaps being compared.
        colorScale: { ranges: shades(c.min ?? 0, c.max ?? 1, c.color ?? '#0072B2') },
      },
    },
    stroke: { width: 1, colors: [dark ? '#1e2530' : '#ffffff'] },
    xaxis: { type: 'category', title: { text: c.xTitle } },
    yaxis: { title: { text: c.yTitle } },
    tooltip: { y: { formatter: (v: number) => (v <= -1e299 ? 'no value' : format(v)) } },
  };
}

/** A cell without a value is drawn with this stand-in, which falls in the grey "no value" band. */
const NO_VALUE = -1e300;

/** Eight bands from min to max, from a pale to the full colour, and a grey band for cells without a value. */
function shades(min: number, max: number, color: string) {
  const bands = 8;
  const width = (max - min) / bands || 1;
  const ranges = Array.from({ length: bands }, (_, i) => ({
    from: i === 0 ? -1e299 : min + i * width,
    to: i === bands - 1 ? Number.MAX_VALUE : min + (i + 1) * width,
    color: color + Math.round(40 + (215 * (i + 1)) / bands).toString(16).padStart(2, '0'),
    name: i === bands - 1 ? `≥ ${format(min + i * width)}` : `${format(min + i * width)} – ${format(min + (i + 1) * width)}`,
  }));
  return [{ from: -Number.MAX_VALUE, to: -1e299, color: '#9e9e9e33', name: 'no value' }, ...ranges];
}

/** Relative luminance (0 = black, 1 = white) of a CSS rgb()/rgba() colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Number(v) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function format(v: number): string {
  if (v === undefined || v === null || Number.isNaN(v)) return '';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return v.toExponential(2);
  return Number(v.toPrecision(4)).toString();
}

customElements.define('lm-chart', LmChart);
