import type { AppDeps } from '../context.ts';
import { defineWhatsappJobs } from '../domains/whatsapp/jobs.ts';

// Every kind of background job, defined once per process before the queue starts. Each domain
// keeps its jobs beside its code (`domains/<x>/jobs.ts`) and adds its `define…Jobs` call here.

type JobDefinitions = (deps: AppDeps) => void;

const all: JobDefinitions[] = [defineWhatsappJobs];

export function defineAllJobs(deps: AppDeps): void {
  for (const define of all) define(deps);
}
