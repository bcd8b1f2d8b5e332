import { readFileSync } from 'node:fs';
import { districtLocalities, loadHubsConfig } from '../config/index.js';
import { projectPath } from '../project-root.js';
import type { ImportSettings } from './from-oruk-service.js';
import { loadTermMapping } from './term-mapping.js';

/** Import settings from the deployment's own files: hubs, term mapping, English hub names. */
export function defaultImportSettings(feed: string, today: string): ImportSettings {
  const common = JSON.parse(readFileSync(projectPath('locales/en/common.json'), 'utf8')) as { localities?: Record<string, string> };
  return { feed, mapping: loadTermMapping(), districtLocalities: districtLocalities(loadHubsConfig()), localityLabels: common.localities ?? {}, today };
}
