import ApexCharts from 'apexcharts';

type Point = [number, number];
interface SeriesConfig {
  key: string;
  label: string;
  color: string;
  dashed: boolean;
  data: Point[];
}
interface ChartConfig {
  title: string;
  xTitle: string;
  yTitle: string;
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
    if (!this.config) return;
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
      this.chart?.updateSeries(this.config!.series.map((s) => ({ name: s.label, data: s.data })), false);
    });
  }

  private rebuild() {
    if (!this.isConnected || !this.config) return;
    this.chart?.destroy();
    // Take colours from the page as it is actually drawn, so the chart always matches the Lumo scheme in force.
    const style = getComputedStyle(this);
    const textColor = style.color;
    const dark = luminance(textColor) > 0.5;
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
        foreColor: textColor,
      },
      theme: { mode: dark ? 'dark' : 'light' },
      title: { text: c.title, style: { fontSize: '14px', fontWeight: 600 } },
      series: c.series.map((s) => ({ name: s.label, data: s.data })),
      // Simulated lines are wide and translucent, theory lines thin, dashed and opaque on top: where they agree the
      // dashes run inside the band, where they disagree the eye sees it at once.
      colors: c.series.map((s) => (s.dashed ? s.color : s.color + '8C')),
      stroke: { width: c.series.map((s) => (s.dashed ? 2 : 5)), dashArray: c.series.map((s) => (s.dashed ? 5 : 0)), curve: 'straight' },
      markers: { size: 0 },
      xaxis: {
        type: 'numeric',
        title: { text: c.xTitle },
        labels: { formatter: (v: string) => format(Number(v)) },
        tickAmount: 8,
      },
      yaxis: {
        title: { text: c.yTitle },
        labels: { formatter: (v: number) => format(v) },
      },
      tooltip: { shared: true, x: { formatter: (v: number) => `${c.xTitle} = ${format(v)}` }, y: { formatter: (v: number) => format(v) } },
      legend: { position: 'bottom' },
      grid: { borderColor: dark ? 'rgba(255, 255, 255, 0.14)' : 'rgba(0, 0, 0, 0.1)' },
    };
    this.chart = new ApexCharts(this, options);
    this.chart.render();
  }
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
