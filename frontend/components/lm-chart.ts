import ApexCharts from 'apexcharts';

type Point = [number, number];
interface SeriesConfig {
  name: string;
  color: string;
  dashed: boolean;
  data: Point[];
}
interface ChartConfig {
  title: string;
  xTitle: string;
  yTitle: string;
  logY: boolean;
  series: SeriesConfig[];
}

/**
 * A thin wrapper around ApexCharts, rendered in the light DOM so ApexCharts' document-level CSS applies.
 * The server sets the whole configuration with setConfig(), then streams points with append(); redraws are
 * coalesced to one per animation frame so a fast stream cannot flood the browser.
 */
class LmChart extends HTMLElement {
  private chart?: ApexCharts;
  private config?: ChartConfig;
  private redrawPending = false;
  private themeObserver?: MutationObserver;

  connectedCallback() {
    this.themeObserver = new MutationObserver(() => this.rebuild());
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
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

  /** Appends points to named series; theory series may be replaced whole with replace=true. */
  appendPoints(points: Record<string, Point[]>, replace: boolean) {
    if (!this.config) return;
    for (const series of this.config.series) {
      const added = points[series.name];
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
      this.chart?.updateSeries(this.config!.series.map((s) => ({ name: s.name, data: s.data })), false);
    });
  }

  private rebuild() {
    if (!this.isConnected || !this.config) return;
    this.chart?.destroy();
    const dark = document.documentElement.getAttribute('theme')?.includes('dark')
      ?? window.matchMedia('(prefers-color-scheme: dark)').matches;
    const c = this.config;
    const options: ApexCharts.ApexOptions = {
      chart: {
        type: 'line',
        height: 320,
        animations: { enabled: false },
        background: 'transparent',
        toolbar: { show: true, tools: { download: true, selection: false, zoom: true, zoomin: false, zoomout: false, pan: false, reset: true } },
        zoom: { enabled: true, type: 'x' },
        fontFamily: 'inherit',
      },
      theme: { mode: dark ? 'dark' : 'light' },
      title: { text: c.title, style: { fontSize: '14px', fontWeight: 600 } },
      series: c.series.map((s) => ({ name: s.name, data: s.data })),
      colors: c.series.map((s) => s.color),
      stroke: { width: c.series.map((s) => (s.dashed ? 2 : 3)), dashArray: c.series.map((s) => (s.dashed ? 6 : 0)), curve: 'straight' },
      markers: { size: 0 },
      xaxis: {
        type: 'numeric',
        title: { text: c.xTitle },
        labels: { formatter: (v: string) => format(Number(v)) },
        tickAmount: 8,
      },
      yaxis: {
        title: { text: c.yTitle },
        logarithmic: c.logY,
        labels: { formatter: (v: number) => format(v) },
      },
      tooltip: { shared: true, x: { formatter: (v: number) => `${c.xTitle} = ${format(v)}` }, y: { formatter: (v: number) => format(v) } },
      legend: { position: 'bottom' },
      grid: { borderColor: dark ? '#3a4150' : '#e3e7ee' },
    };
    this.chart = new ApexCharts(this, options);
    this.chart.render();
  }
}

function format(v: number): string {
  if (v === undefined || v === null || Number.isNaN(v)) return '';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e5)) return v.toExponential(2);
  return Number(v.toPrecision(4)).toString();
}

customElements.define('lm-chart', LmChart);
