/**
 * A scheduled job's cron schedule: `MEMBERSHIP_JOB_SCHEDULE_<NAME>` when set (the job's name in
 * upper case with `_` for `-`, e.g. `MEMBERSHIP_JOB_SCHEDULE_MEMBERSHIP_RENEWALS="*\/5 * * * *"`),
 * else the job's default. Read once when the worker loads the job.
 */
export function jobSchedule(name: string, fallback: string): string {
  return process.env[`MEMBERSHIP_JOB_SCHEDULE_${name.toUpperCase().replace(/-/g, "_")}`] || fallback
}
