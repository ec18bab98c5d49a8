import { capabilityModules } from '../modules/index.ts';
import type { JobHandler } from './jobs/queue.ts';
import type { PlatformModule } from './module.ts';
import { DatasetRegistry } from './opendata/registry.ts';
import { openDataModule } from './opendata/routes.ts';
import { platformModules } from './platform-modules.ts';

/** Puts the platform together: every module, the one open-data registry, every job handler. */
export function assemble(extra: readonly PlatformModule[] = []) {
  const parts = [...platformModules, ...capabilityModules, ...extra];
  const registry = new DatasetRegistry();
  const jobs: Record<string, JobHandler> = {};
  for (const part of parts) {
    for (const dataset of part.datasets ?? []) registry.register(dataset);
    for (const [kind, handler] of Object.entries(part.jobs ?? {})) {
      if (jobs[kind]) throw new Error(`Job kind "${kind}" is declared twice`);
      jobs[kind] = handler;
    }
  }
  const modules = [...parts, openDataModule(registry)];
  const schedules = parts.flatMap((p) => p.schedules ?? []);
  return { modules, registry, jobs, schedules };
}
