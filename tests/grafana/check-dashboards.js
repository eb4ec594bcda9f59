#!/usr/bin/env node
// Checks Grafana dashboard JSON files without a Grafana server:
//  - against the JSON Schema generated from @grafana/schema (tests/grafana/schema/dashboard.ts):
//    the dashboard itself, then each panel against the definition of its own panel type, so a
//    panel's options and fieldConfig.custom are checked against that plugin's types;
//  - and what a schema cannot express: uid/title unique across files, core panel types only
//    (Angular panels named with their replacement), gridPos inside 24 columns without overlaps,
//    unique panel ids (rows included), every datasource an object whose uid the provisioning
//    defines, no ${DS_...} import placeholders, every $variable in a query defined.
// Usage: check-dashboards.js --schema SCHEMA.json --datasource-uid UID [--datasource-uid UID...] FILE...
// Prints one line per problem ("FILE: where: what") and exits 1 when there is any.
'use strict';

const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');

const GRID_COLUMNS = 24;

// Panel type -> schema definition (the core panels whose option types @grafana/schema ships).
const CORE_PANELS = {
  timeseries: 'TimeseriesPanel',
  stat: 'StatPanel',
  gauge: 'GaugePanel',
  bargauge: 'BargaugePanel',
  table: 'TablePanel',
  'state-timeline': 'StateTimelinePanel',
  'status-history': 'StatusHistoryPanel',
  barchart: 'BarchartPanel',
  piechart: 'PiechartPanel',
  heatmap: 'HeatmapPanel',
  histogram: 'HistogramPanel',
  text: 'TextPanel',
  row: 'RowPanelDef',
};

// Angular panels Grafana no longer renders (removed in 12) -> the core panel that replaces each.
const ANGULAR_REPLACEMENTS = {
  graph: 'timeseries',
  singlestat: 'stat',
  'grafana-singlestat-panel': 'stat',
  'table-old': 'table',
  'grafana-piechart-panel': 'piechart',
  'grafana-worldmap-panel': 'geomap',
  'natel-discrete-panel': 'state-timeline',
  'flant-statusmap-panel': 'status-history',
};

// Variables Grafana defines itself (https://grafana.com/docs/grafana/latest/dashboards/variables/add-template-variables/#global-variables).
const BUILTIN_VARIABLES = new Set([
  '__interval', '__interval_ms', '__rate_interval', '__rate_interval_ms', '__range', '__range_s',
  '__range_ms', '__from', '__to', '__dashboard', '__org', '__user', '__name', '__timezone', '__all_variables',
]);

// Annotation datasource Grafana itself provides for the built-in "Annotations & Alerts" query.
const BUILTIN_ANNOTATION_DATASOURCE = '-- Grafana --';

function parseArgs(argv) {
  const args = { schema: null, datasourceUids: [], files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--schema') args.schema = argv[++i];
    else if (argv[i] === '--datasource-uid') args.datasourceUids.push(argv[++i]);
    else args.files.push(argv[i]);
  }
  if (!args.schema || args.datasourceUids.length === 0 || args.files.length === 0) {
    console.error('usage: check-dashboards.js --schema SCHEMA.json --datasource-uid UID [...] FILE...');
    process.exit(2);
  }
  return args;
}

function describePanel(panel) {
  return `panel id=${panel.id} "${panel.title ?? ''}" (${panel.type})`;
}

function formatSchemaErrors(errors) {
  const seen = new Set();
  const lines = [];
  for (const error of errors) {
    let detail = error.message;
    if (error.keyword === 'enum') detail += `: ${error.params.allowedValues.join(', ')}`;
    if (error.keyword === 'additionalProperties') detail += `: "${error.params.additionalProperty}"`;
    if (error.keyword === 'const') detail += `: ${JSON.stringify(error.params.allowedValue)}`;
    const line = `${error.instancePath || '/'} ${detail}`;
    if (!seen.has(line)) {
      seen.add(line);
      lines.push(line);
    }
  }
  // A failed union (anyOf) reports every branch; the first lines name the real problem.
  return lines.slice(0, 4).join('; ');
}

// Every panel, the panels nested in rows included, with the row that holds it (null at top level).
function allPanels(dashboard) {
  const result = [];
  for (const panel of dashboard.panels ?? []) {
    result.push({ panel, row: null });
    for (const nested of panel.panels ?? []) result.push({ panel: nested, row: panel });
  }
  return result;
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function checkGrid(panels, report) {
  const placed = [];
  for (const panel of panels) {
    const grid = panel.gridPos;
    if (!grid || [grid.x, grid.y, grid.w, grid.h].some((v) => !Number.isInteger(v))) {
      report(`${describePanel(panel)}: gridPos needs integer x, y, w and h`);
      continue;
    }
    if (grid.x < 0 || grid.y < 0 || grid.w < 1 || grid.h < 1) {
      report(`${describePanel(panel)}: gridPos has a negative position or an empty size`);
    }
    if (grid.x + grid.w > GRID_COLUMNS) {
      report(`${describePanel(panel)}: gridPos x=${grid.x} + w=${grid.w} overflows the ${GRID_COLUMNS}-column grid`);
    }
    for (const other of placed) {
      if (overlaps(grid, other.gridPos)) report(`${describePanel(panel)}: gridPos overlaps ${describePanel(other)}`);
    }
    placed.push(panel);
  }
}

function checkDatasource(datasource, where, allowedUids, report) {
  if (datasource === undefined) return;
  if (typeof datasource !== 'object' || datasource === null) {
    report(`${where}: datasource must be an object {"type": ..., "uid": ...}, not ${JSON.stringify(datasource)}`);
    return;
  }
  if (!allowedUids.includes(datasource.uid)) {
    report(`${where}: datasource uid "${datasource.uid}" is not provisioned (provisioned: ${allowedUids.join(', ')})`);
  }
}

function referencedVariables(text) {
  const names = [];
  const pattern = /\$\{(\w+)(?::\w+)?\}|\[\[(\w+)(?::\w+)?\]\]|\$(\w+)/g;
  for (const match of text.matchAll(pattern)) names.push(match[1] ?? match[2] ?? match[3]);
  return names;
}

function checkPanel(panel, context) {
  const { validators, allowedUids, variables, report } = context;
  const where = describePanel(panel);
  if (Object.hasOwn(ANGULAR_REPLACEMENTS, panel.type)) {
    report(`${where}: Angular panel type "${panel.type}" is not rendered by Grafana 12 or later: use "${ANGULAR_REPLACEMENTS[panel.type]}"`);
    return;
  }
  if (!Object.hasOwn(CORE_PANELS, panel.type)) {
    report(`${where}: unknown panel type "${panel.type}" (core panels: ${Object.keys(CORE_PANELS).join(', ')})`);
    return;
  }
  const validate = validators[panel.type];
  if (!validate(panel)) report(`${where}: schema: ${formatSchemaErrors(validate.errors)}`);
  checkDatasource(panel.datasource, where, allowedUids, report);
  const refIds = new Set();
  for (const target of panel.targets ?? []) {
    const targetWhere = `${where} target ${target.refId}`;
    if (refIds.has(target.refId)) report(`${targetWhere}: duplicate refId`);
    refIds.add(target.refId);
    checkDatasource(target.datasource, targetWhere, allowedUids, report);
    if (typeof target.expr !== 'string' || target.expr.trim() === '') report(`${targetWhere}: empty query (expr)`);
    for (const name of referencedVariables(`${target.expr ?? ''} ${target.legendFormat ?? ''}`.replace(/\{\{\w+\}\}/g, ''))) {
      if (!variables.has(name) && !BUILTIN_VARIABLES.has(name)) report(`${targetWhere}: query uses undefined variable $${name}`);
    }
  }
}

function checkDashboard(file, dashboard, context) {
  const { validators, allowedUids, report } = context;
  if (!validators.dashboard(dashboard)) report(`dashboard: schema: ${formatSchemaErrors(validators.dashboard.errors)}`);
  if (typeof dashboard.uid !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(dashboard.uid)) {
    report(`dashboard: uid must be 1-40 characters of letters, digits, "-" or "_" (got ${JSON.stringify(dashboard.uid)})`);
  }
  if (typeof dashboard.title !== 'string' || dashboard.title.trim() === '') report('dashboard: title is missing');

  const variables = new Set();
  for (const variable of dashboard.templating?.list ?? []) {
    variables.add(variable.name);
    checkDatasource(variable.datasource, `variable $${variable.name}`, allowedUids, report);
  }
  for (const annotation of dashboard.annotations?.list ?? []) {
    const builtIn = annotation.builtIn === 1 && annotation.datasource?.uid === BUILTIN_ANNOTATION_DATASOURCE;
    if (!builtIn) checkDatasource(annotation.datasource, `annotation "${annotation.name}"`, allowedUids, report);
  }

  const ids = new Map();
  for (const { panel } of allPanels(dashboard)) {
    if (!Number.isInteger(panel.id)) report(`${describePanel(panel)}: panel id is missing`);
    else if (ids.has(panel.id)) report(`${describePanel(panel)}: duplicate panel id ${panel.id} (also ${describePanel(ids.get(panel.id))})`);
    else ids.set(panel.id, panel);
    checkPanel(panel, { ...context, variables });
  }
  checkGrid(dashboard.panels ?? [], report);
  for (const row of dashboard.panels ?? []) {
    if (row.type === 'row' && row.collapsed) checkGrid(row.panels ?? [], report);
  }
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const schema = JSON.parse(fs.readFileSync(args.schema, 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(schema, 'grafana');
  const definition = (name) => ajv.getSchema(`grafana#/definitions/${name}`);
  const validators = { dashboard: definition('DashboardDef') };
  for (const [type, name] of Object.entries(CORE_PANELS)) validators[type] = definition(name);

  let problems = 0;
  const byUid = new Map();
  const byTitle = new Map();
  for (const file of args.files) {
    const name = path.relative(process.cwd(), file);
    const report = (message) => {
      problems++;
      console.log(`${name}: ${message}`);
    };
    const text = fs.readFileSync(file, 'utf8');
    let dashboard;
    try {
      dashboard = JSON.parse(text);
    } catch (error) {
      report(`not valid JSON: ${error.message}`);
      continue;
    }
    const placeholder = text.match(/\$\{DS_[A-Za-z0-9_]*\}/);
    if (placeholder) report(`dashboard: import placeholder ${placeholder[0]}: reference the datasource by its provisioned uid`);
    checkDashboard(file, dashboard, { validators, allowedUids: args.datasourceUids, report });
    if (byUid.has(dashboard.uid)) report(`dashboard: uid "${dashboard.uid}" also used by ${byUid.get(dashboard.uid)}`);
    else byUid.set(dashboard.uid, name);
    if (byTitle.has(dashboard.title)) report(`dashboard: title "${dashboard.title}" also used by ${byTitle.get(dashboard.title)}`);
    else byTitle.set(dashboard.title, name);
  }
  console.log(`${args.files.length} dashboard(s) checked, ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
}

main();
