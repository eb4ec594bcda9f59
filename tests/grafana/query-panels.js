#!/usr/bin/env node
// Runs every panel query of the given dashboards against a live Prometheus, the way Grafana
// would: template variables expanded (query variables from Prometheus itself, constants from the
// dashboard, Grafana's built-ins with fixed values), range queries over the last hour, instant
// queries now. A query that Prometheus refuses fails the check; with --require-data, so does a
// query that returns nothing.
// Usage: query-panels.js --prometheus URL [--require-data] FILE...
// Prints one line per query and exits 1 when any failed.
'use strict';

const fs = require('fs');

const RANGE_SECONDS = 3600;
const STEP_SECONDS = 15;
// Grafana's built-in variables, with the values a one-hour dashboard would give them.
const BUILTINS = {
  __rate_interval: '1m',
  __rate_interval_ms: '60000',
  __interval: `${STEP_SECONDS}s`,
  __interval_ms: `${STEP_SECONDS * 1000}`,
  __range: `${RANGE_SECONDS / 3600}h`,
  __range_s: `${RANGE_SECONDS}`,
  __range_ms: `${RANGE_SECONDS * 1000}`,
};
const TIMEOUT_MS = 15000;

function parseArgs(argv) {
  const args = { prometheus: null, requireData: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--prometheus') args.prometheus = argv[++i];
    else if (argv[i] === '--require-data') args.requireData = true;
    else args.files.push(argv[i]);
  }
  if (!args.prometheus || args.files.length === 0) {
    console.error('usage: query-panels.js --prometheus URL [--require-data] FILE...');
    process.exit(2);
  }
  return args;
}

async function prometheus(base, path, params) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    body: new URLSearchParams(params),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const body = await response.json().catch(() => ({ status: 'error', error: `HTTP ${response.status}, not JSON` }));
  if (body.status !== 'success') throw new Error(`${body.errorType ?? 'error'}: ${body.error}`);
  return body.data;
}

function escapeRegex(value) {
  return value.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

// Values of a query variable; only label_values(), the form the stackwatch dashboards use.
async function variableValues(base, variable) {
  const query = typeof variable.query === 'string' ? variable.query : variable.query?.query;
  const match = /^label_values\((?:(.*),\s*)?(\w+)\)$/.exec(query ?? '');
  if (!match) throw new Error(`variable $${variable.name}: unsupported query ${JSON.stringify(query)}`);
  const params = match[1] ? { 'match[]': match[1] } : {};
  const response = await fetch(`${base}/api/v1/label/${match[2]}/values?${new URLSearchParams(params)}`, {
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const body = await response.json();
  if (body.status !== 'success') throw new Error(`variable $${variable.name}: ${body.error}`);
  return body.data;
}

// Variable name -> replacement text. A multi-value or "All" variable becomes a regex of every
// value (Grafana's own formatting for Prometheus); one with no value matches anything.
async function resolveVariables(base, dashboard, report) {
  const values = { ...BUILTINS };
  for (const variable of dashboard.templating?.list ?? []) {
    if (variable.type === 'constant') {
      values[variable.name] = String(variable.query);
    } else if (variable.type === 'query') {
      const found = await variableValues(base, variable);
      if (found.length === 0) report(`variable $${variable.name} has no values: expanded to .*`);
      values[variable.name] = found.length === 0 ? '.*' : `(${found.map(escapeRegex).join('|')})`;
    } else {
      throw new Error(`variable $${variable.name}: type ${variable.type} not supported by this check`);
    }
  }
  return values;
}

function expand(expr, values) {
  return expr.replace(/\$\{(\w+)(?::\w+)?\}|\[\[(\w+)\]\]|\$(\w+)/g, (text, a, b, c) => {
    const name = a ?? b ?? c;
    if (!(name in values)) throw new Error(`undefined variable $${name}`);
    return values[name];
  });
}

function seriesCount(data) {
  if (data.resultType === 'scalar' || data.resultType === 'string') return 1;
  return data.result.length;
}

function panelsOf(dashboard) {
  const result = [];
  for (const panel of dashboard.panels ?? []) {
    if (panel.type !== 'row') result.push(panel);
    for (const nested of panel.panels ?? []) result.push(nested);
  }
  return result;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const base = args.prometheus.replace(/\/$/, '');
  let failures = 0;
  let queries = 0;
  const end = Math.floor(Date.now() / 1000);
  for (const file of args.files) {
    const dashboard = JSON.parse(fs.readFileSync(file, 'utf8'));
    const values = await resolveVariables(base, dashboard, (note) => console.log(`note  ${dashboard.title}: ${note}`));
    for (const panel of panelsOf(dashboard)) {
      for (const target of panel.targets ?? []) {
        if (target.hide) continue;
        queries++;
        const where = `${dashboard.title} / ${panel.title} / ${target.refId}`;
        let expr;
        try {
          expr = expand(target.expr, values);
          const data = target.instant
            ? await prometheus(base, '/api/v1/query', { query: expr, time: end })
            : await prometheus(base, '/api/v1/query_range', {
                query: expr, start: end - RANGE_SECONDS, end, step: STEP_SECONDS,
              });
          const count = seriesCount(data);
          if (count === 0 && args.requireData) {
            failures++;
            console.log(`FAIL  ${where}: no data for ${expr}`);
          } else {
            console.log(`ok    ${where}: ${count} series`);
          }
        } catch (error) {
          failures++;
          console.log(`FAIL  ${where}: ${error.message} (query: ${expr ?? target.expr})`);
        }
      }
    }
  }
  console.log(`${queries} queries, ${failures} failed`);
  process.exit(failures === 0 && queries > 0 ? 0 : 1);
}

main().catch((error) => {
  console.log(`FAIL  ${error.message}`);
  process.exit(1);
});
