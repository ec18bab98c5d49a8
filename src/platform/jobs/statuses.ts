/** A job's life: queued -> running -> done, or back to queued for a retry, or failed for good. */
export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
