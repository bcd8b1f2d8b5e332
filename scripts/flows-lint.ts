import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  flattenLocale,
  FlowLoadError,
  lintFlow,
  lintLocales,
  loadFlows,
  type FlowDefinition,
  type LintIssue,
} from '../server/flow-engine/index.js';

/** `npm run flows:lint`: checks every flow in flows/ against its schema and the English locales. */

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const readLocale = (namespace: string) =>
  flattenLocale(namespace, JSON.parse(readFileSync(root(`locales/en/${namespace}.json`), 'utf8')));

function main(): number {
  let flows: Map<string, FlowDefinition>;
  try {
    flows = loadFlows(root('flows'));
  } catch (error) {
    if (!(error instanceof FlowLoadError)) throw error;
    console.error(error.message);
    return 1;
  }
  const english = new Map([...readLocale('flows'), ...readLocale('common')]);
  const found: { where: string; issue: LintIssue }[] = [
    ...[...flows.values()].flatMap((flow) => lintFlow(flow, english).map((issue) => ({ where: `flows/${flow.id}.json`, issue }))),
    ...lintLocales(flows.values(), english).map((issue) => ({ where: 'locales/en/flows.json', issue })),
  ];
  for (const { where, issue } of found) {
    const place = issue.nodeId === undefined ? where : `${where}: ${issue.nodeId}`;
    console.error(`${place}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`);
  }
  const errors = found.filter((f) => f.issue.severity === 'error').length;
  if (errors > 0) return 1;
  const nodes = [...flows.values()].reduce((sum, flow) => sum + Object.keys(flow.nodes).length, 0);
  console.log(`flows:lint OK: ${flows.size} flow(s), ${nodes} nodes, ${found.length} warning(s)`);
  return 0;
}

process.exitCode = main();
