/**
 * Background jobs and proactive delivery.
 *
 * `job_runs` is one row per attempt of a job (price refresh, cache warming, deal scan, notify,
 * daily digest), whichever runner ran it (the in-process scheduler or a BullMQ worker), so
 * `grocery-agent jobs` can show what ran, what failed (with the error) and what is retried when,
 * without asking Redis. A `running` row left by a crash is marked `interrupted` on the next start.
 *
 * `job_schedule` keeps each recurring job's next run, so a restart neither repeats a run that
 * just happened nor forgets one that was due.
 *
 * `notification_deliveries` records, per notification and channel, that a send was claimed and
 * whether it went out: the notifier claims a row before sending and marks it sent after, so an
 * alert reaches each channel once however often the deal scan or the notifier runs. `outcome` on
 * `notifications` says why a finished notification ended (delivered, alerts off, no channel, failed).
 */
export const up = `
CREATE TABLE job_runs (
  id              INTEGER PRIMARY KEY,
  job             TEXT NOT NULL,
  run_key         TEXT NOT NULL,
  attempt         INTEGER NOT NULL,
  max_attempts    INTEGER NOT NULL,
  runner          TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'retrying', 'failed', 'interrupted')),
  started_at      INTEGER NOT NULL,
  finished_at     INTEGER,
  next_attempt_at INTEGER,
  summary         TEXT,
  error           TEXT
);
CREATE INDEX job_runs_job ON job_runs(job, id DESC);
CREATE INDEX job_runs_status ON job_runs(status);

CREATE TABLE job_schedule (
  job         TEXT PRIMARY KEY,
  every_ms    INTEGER NOT NULL,
  next_run_at INTEGER NOT NULL,
  last_run_at INTEGER
);

ALTER TABLE notifications ADD COLUMN outcome TEXT;
CREATE INDEX notifications_pending ON notifications(kind, delivered_at);

CREATE TABLE notification_deliveries (
  notification_id INTEGER NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
  channel         TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 1,
  claimed_at      INTEGER NOT NULL,
  sent_at         INTEGER,
  error           TEXT,
  PRIMARY KEY (notification_id, channel)
) WITHOUT ROWID;
`;
