// Entry point for ts-json-schema-generator: Grafana's own dashboard and panel-option types from
// @grafana/schema, narrowed so that a panel's `type` picks the options and fieldConfig.custom of
// that panel plugin. Each exported `*Panel` type becomes one schema definition.
import type {
  Dashboard,
  DataSourceRef,
  FieldConfig,
  FieldConfigSource,
  Panel,
  RowPanel,
} from '@grafana/schema/dist/types/raw/dashboard/x/types.gen';
import type * as BarChart from '@grafana/schema/dist/types/raw/composable/barchart/panelcfg/x/types.gen';
import type * as BarGauge from '@grafana/schema/dist/types/raw/composable/bargauge/panelcfg/x/types.gen';
import type * as Gauge from '@grafana/schema/dist/types/raw/composable/gauge/panelcfg/x/types.gen';
import type * as Heatmap from '@grafana/schema/dist/types/raw/composable/heatmap/panelcfg/x/types.gen';
import type * as Histogram from '@grafana/schema/dist/types/raw/composable/histogram/panelcfg/x/types.gen';
import type * as PieChart from '@grafana/schema/dist/types/raw/composable/piechart/panelcfg/x/types.gen';
import type * as Stat from '@grafana/schema/dist/types/raw/composable/stat/panelcfg/x/types.gen';
import type * as StateTimeline from '@grafana/schema/dist/types/raw/composable/statetimeline/panelcfg/x/types.gen';
import type * as StatusHistory from '@grafana/schema/dist/types/raw/composable/statushistory/panelcfg/x/types.gen';
import type * as Table from '@grafana/schema/dist/types/raw/composable/table/panelcfg/x/types.gen';
import type * as Text from '@grafana/schema/dist/types/raw/composable/text/panelcfg/x/types.gen';
import type * as TimeSeries from '@grafana/schema/dist/types/raw/composable/timeseries/panelcfg/x/types.gen';

// A Prometheus query as Grafana saves it (the Prometheus plugin's query type is not in @grafana/schema).
export interface PrometheusTarget {
  refId: string;
  datasource: DataSourceRef;
  expr: string;
  legendFormat?: string;
  range?: boolean;
  instant?: boolean;
  format?: 'time_series' | 'table' | 'heatmap';
  interval?: string;
  hide?: boolean;
  editorMode?: 'code' | 'builder';
}

// Panel with its plugin's own option types; Custom is the plugin's fieldConfig.custom.
type TypedPanel<PanelType extends string, Options, Custom> = Omit<Panel, 'type' | 'options' | 'fieldConfig' | 'targets'> & {
  type: PanelType;
  options: Options;
  fieldConfig: Omit<FieldConfigSource, 'defaults'> & {
    defaults: Omit<FieldConfig, 'custom'> & { custom?: Custom };
  };
  targets?: PrometheusTarget[];
};

// Panels whose plugin has no fieldConfig.custom accept none.
type NoCustom = Record<string, never>;

// Every module names its types `Options` and `FieldConfig`; the generator keys definitions by
// name, so each gets a distinct name here (an empty extension keeps the plugin's own type).
export interface TimeseriesOptions extends TimeSeries.Options {}
export interface TimeseriesCustom extends TimeSeries.FieldConfig {}
export interface StatOptions extends Stat.Options {}
export interface GaugeOptions extends Gauge.Options {}
export interface BargaugeOptions extends BarGauge.Options {}
export interface TableOptions extends Table.Options {}
export interface TableCustom extends Table.FieldConfig {}
export interface StateTimelineOptions extends StateTimeline.Options {}
export interface StateTimelineCustom extends StateTimeline.FieldConfig {}
export interface StatusHistoryOptions extends StatusHistory.Options {}
export interface StatusHistoryCustom extends StatusHistory.FieldConfig {}
export interface BarchartOptions extends BarChart.Options {}
export interface BarchartCustom extends BarChart.FieldConfig {}
export interface PiechartOptions extends PieChart.Options {}
export interface PiechartCustom extends PieChart.FieldConfig {}
export interface HeatmapOptions extends Heatmap.Options {}
export interface HeatmapCustom extends Heatmap.FieldConfig {}
export interface HistogramOptions extends Histogram.Options {}
export interface HistogramCustom extends Histogram.FieldConfig {}
export interface TextOptions extends Text.Options {}

export type TimeseriesPanel = TypedPanel<'timeseries', TimeseriesOptions, TimeseriesCustom>;
export type StatPanel = TypedPanel<'stat', StatOptions, NoCustom>;
export type GaugePanel = TypedPanel<'gauge', GaugeOptions, NoCustom>;
export type BargaugePanel = TypedPanel<'bargauge', BargaugeOptions, NoCustom>;
export type TablePanel = TypedPanel<'table', TableOptions, TableCustom>;
export type StateTimelinePanel = TypedPanel<'state-timeline', StateTimelineOptions, StateTimelineCustom>;
export type StatusHistoryPanel = TypedPanel<'status-history', StatusHistoryOptions, StatusHistoryCustom>;
export type BarchartPanel = TypedPanel<'barchart', BarchartOptions, BarchartCustom>;
export type PiechartPanel = TypedPanel<'piechart', PiechartOptions, PiechartCustom>;
export type HeatmapPanel = TypedPanel<'heatmap', HeatmapOptions, HeatmapCustom>;
export type HistogramPanel = TypedPanel<'histogram', HistogramOptions, HistogramCustom>;
export type TextPanel = TypedPanel<'text', TextOptions, NoCustom>;
export type RowPanelDef = RowPanel;

// The dashboard itself; panels are checked one by one against the definition their `type` names.
export type DashboardDef = Omit<Dashboard, 'panels'> & {
  panels?: Array<{ type: string } & Record<string, unknown>>;
};
