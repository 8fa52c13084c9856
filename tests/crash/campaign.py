#!/usr/bin/python3
"""Crash campaigns: sitrepctl killed with SIGKILL at random points of work that writes the
database, then checked: the file is healthy (PRAGMA integrity_check, foreign_key_check), it is
either as before or as after (never in between; the alert ingest, which commits in slices, may
stop between them), and a run without a kill afterwards reaches the same end state as a run
that was never interrupted.

    campaign.py SITREPCTL SCHEMA_V1_SQL [--runs N] [--seed S]

Scenarios: a migration from the oldest schema (v1) of a database with thousands of incidents,
a backup, a restore, a postmortem's save (the editor's autosave path, driven by `postmortem
import`), an alert ingest of 3,000 alerts from a private Alertmanager (Debian's, as
the suite's fixture starts it), and (with --outbox, inside a keyring session: tests/fixtures/
with-keyring.sh) an outbox flush to a webhook receiver here, where besides the above every
request that reached the receiver was counted as an attempt before it left, and a clean flush
afterwards delivers every message. CI runs a few kills of each; run it by hand with --runs 200
for a long campaign. Prints the counts per scenario."""

import argparse
import http.server
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import datetime, timedelta, timezone


def health(path):
    """The problems PRAGMA integrity_check and foreign_key_check find, or [] when healthy."""
    connection = sqlite3.connect(path)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")
                    if row[0] != "ok"]
        problems += ["foreign key: %r" % (row,)
                     for row in connection.execute("PRAGMA foreign_key_check")]
        return problems
    finally:
        connection.close()


def without_uids(value):
    """The state with the ids a migration draws at random (UUIDv7 "uid") left out."""
    if isinstance(value, dict):
        return {key: without_uids(item) for key, item in value.items() if key != "uid"}
    if isinstance(value, list):
        return [without_uids(item) for item in value]
    return value


def remove_database(path):
    """The file with its WAL and shared memory, where they exist."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def version(path):
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()


class Campaign:
    def __init__(self, sitrepctl, folder, rng):
        self.sitrepctl = sitrepctl
        self.folder = folder
        self.rng = rng
        self.environment = dict(os.environ,
                                XDG_CONFIG_HOME=os.path.join(folder, "config"),
                                XDG_DATA_HOME=os.path.join(folder, "data"),
                                QT_QPA_PLATFORM="offscreen")
        self.failures = []

    def ctl(self, database, *arguments):
        """Runs sitrepctl to the end; its exit code and standard output."""
        run = subprocess.run([self.sitrepctl, "--db", database, *arguments],
                             env=self.environment, capture_output=True, timeout=120)
        return run.returncode, run.stdout

    def incidents(self, database):
        code, out = self.ctl(database, "incidents", "list", "--status", "all", "--json")
        if code != 0:
            return None
        return without_uids(json.loads(out))

    def outbox(self, database):
        code, out = self.ctl(database, "outbox", "list", "--json")
        return json.loads(out) if code == 0 else []

    def timed(self, database, *arguments):
        started = time.monotonic()
        self.ctl(database, *arguments)
        return time.monotonic() - started

    def killed(self, database, arguments, longest):
        """Starts sitrepctl and kills it with SIGKILL at a random moment within `longest`
        seconds; whether it was killed (rather than finished first)."""
        process = subprocess.Popen([self.sitrepctl, "--db", database, *arguments],
                                   env=self.environment, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            # Waiting on the process itself: it may finish before the moment comes.
            process.wait(timeout=self.rng.uniform(0, longest))
            return False
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            return True

    def fail(self, scenario, run, what):
        self.failures.append("%s #%d: %s" % (scenario, run, what))

    def check(self, scenario, run, database, allowed):
        """The file is healthy and shows one of the `allowed` states of its incidents."""
        problems = health(database)
        if problems:
            self.fail(scenario, run, "damaged: %s" % problems[:3])
            return False
        state = self.incidents(database)
        if state not in allowed:
            self.fail(scenario, run, "neither before nor after (%s incidents)"
                      % (len(state) if state is not None else "unreadable"))
            return False
        return True


def oldest_schema(path, sql, incidents):
    """A database as schema v1 wrote it, grown to `incidents` incidents."""
    connection = sqlite3.connect(path)
    with open(sql) as script:
        connection.executescript(script.read())
    columns = [row[1] for row in connection.execute("PRAGMA table_info(incidents)")
               if row[1] != "id"]
    names = ", ".join(columns)
    while connection.execute("SELECT count(*) FROM incidents").fetchone()[0] < incidents:
        connection.execute("INSERT INTO incidents (%s) SELECT %s FROM incidents" % (names, names))
    connection.commit()
    connection.close()


def migration(campaign, sql, runs, counts):
    pristine = os.path.join(campaign.folder, "v1.sqlite")
    oldest_schema(pristine, sql, 8192)
    reference = os.path.join(campaign.folder, "reference.sqlite")
    shutil.copy(pristine, reference)
    longest = campaign.timed(reference, "incidents", "list", "--status", "all")
    after = campaign.incidents(reference)
    latest = version(reference)
    for run in range(runs):
        database = os.path.join(campaign.folder, "migrating.sqlite")
        remove_database(database)
        shutil.copy(pristine, database)
        if campaign.killed(database, ["incidents", "list", "--status", "all"], longest):
            counts["migration killed"] += 1
        problems = health(database)
        if problems:
            campaign.fail("migration", run, "damaged: %s" % problems[:3])
            continue
        if not 1 <= version(database) <= latest:
            campaign.fail("migration", run, "left at schema v%d" % version(database))
            continue
        if 1 < version(database) < latest:
            counts["migration left between versions"] += 1
        # The next start finishes what the killed one began, to the same end.
        if campaign.incidents(database) != after:
            campaign.fail("migration", run, "a clean run afterwards did not reach the same end")
        for leftover in os.listdir(campaign.folder):
            if leftover.startswith("migrating.sqlite.schema-v"):
                os.remove(os.path.join(campaign.folder, leftover))


def backup_and_restore(campaign, runs, counts):
    live = os.path.join(campaign.folder, "live.sqlite")
    campaign.ctl(live, "incidents", "declare", "--title", "Checkout down", "--severity", "SEV-1")
    for i in range(40):
        campaign.ctl(live, "timeline", "add", "1", "--kind", "note", "--text", "note %d" % i)
    before = campaign.incidents(live)
    backup = os.path.join(campaign.folder, "backup.sqlite")
    longest = campaign.timed(live, "backup", backup)
    os.remove(backup)
    for run in range(runs):
        if campaign.killed(live, ["backup", backup], longest):
            counts["backup killed"] += 1
        campaign.check("backup", run, live, [before])
        # A backup is whole or absent: never a half-written file under its name.
        if os.path.exists(backup):
            if health(backup) or campaign.incidents(backup) != before:
                campaign.fail("backup", run, "a partial backup was left under its name")
            os.remove(backup)

    # Restore: the live file holds one more incident than the backup.
    campaign.ctl(live, "backup", backup)
    campaign.ctl(live, "incidents", "declare", "--title", "Search slow", "--severity", "SEV-3")
    after_declare = campaign.incidents(live)
    snapshot = os.path.join(campaign.folder, "live-before-restore.sqlite")
    campaign.ctl(live, "backup", snapshot)
    restoring = os.path.join(campaign.folder, "restoring.sqlite")
    shutil.copy(snapshot, restoring)
    longest = campaign.timed(restoring, "restore", backup)
    for run in range(runs):
        remove_database(restoring)
        shutil.copy(snapshot, restoring)
        if campaign.killed(restoring, ["restore", backup], longest):
            counts["restore killed"] += 1
        campaign.check("restore", run, restoring, [after_declare, before])
        for leftover in os.listdir(campaign.folder):
            if leftover.startswith("restoring.sqlite.before-restore"):
                os.remove(os.path.join(campaign.folder, leftover))


def postmortem_markdown(version, items):
    """A postmortem whose every section and `items` action items say which `version` it is."""
    lines = ["# Postmortem: Checkout down (%s)" % version, "", "**Status:** Draft", "",
             "## Summary", "Version %s of the summary." % version, "",
             "## Root Cause", "Version %s of the root cause." % version, "",
             "## Action Items", "| Action | Owner | Due Date | Status |",
             "|--------|-------|----------|--------|"]
    lines += ["| %s action %d | @alice | 2030-01-%02d | Planned |" % (version, i, 1 + i % 28)
              for i in range(items)]
    return "\n".join(lines) + "\n"


def postmortem_save(campaign, runs, counts):
    """The postmortem editor's autosave writes through PostmortemService::save, as `postmortem
    import` does: a killed save leaves the whole earlier or the whole later document."""
    pristine = os.path.join(campaign.folder, "postmortem.sqlite")
    campaign.ctl(pristine, "incidents", "declare", "--title", "Checkout down", "--severity",
                 "SEV-2")
    documents = {}
    for version in ("first", "second"):
        documents[version] = os.path.join(campaign.folder, "postmortem-%s.md" % version)
        with open(documents[version], "w", encoding="utf-8") as markdown:
            markdown.write(postmortem_markdown(version, 4000))

    def state(database):
        code, out = campaign.ctl(database, "postmortem", "show", "1", "--json")
        return without_uids(json.loads(out)) if code == 0 else None

    campaign.ctl(pristine, "postmortem", "import", documents["first"], "--incident", "1")
    first = state(pristine)
    saving = os.path.join(campaign.folder, "postmortem-saving.sqlite")
    shutil.copy(pristine, saving)
    longest = campaign.timed(saving, "postmortem", "import", documents["second"], "--incident",
                             "1")
    second = state(saving)
    if first is None or second is None or first == second:
        campaign.fail("postmortem save", 0, "the two versions could not be written apart")
        return
    for run in range(runs):
        remove_database(saving)
        shutil.copy(pristine, saving)
        if campaign.killed(saving, ["postmortem", "import", documents["second"], "--incident",
                                    "1"], longest):
            counts["postmortem save killed"] += 1
        problems = health(saving)
        if problems:
            campaign.fail("postmortem save", run, "damaged: %s" % problems[:3])
            continue
        if state(saving) not in (first, second):
            campaign.fail("postmortem save", run, "neither the first nor the second version")
        campaign.ctl(saving, "postmortem", "import", documents["second"], "--incident", "1")
        if state(saving) != second:
            campaign.fail("postmortem save", run, "a clean save afterwards did not write it")


class Receiver(http.server.ThreadingHTTPServer):
    """A generic webhook's receiver on loopback: answers 200 and counts requests by their
    Idempotency-Key."""

    def __init__(self):
        self.keys = {}
        self.lock = threading.Lock()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with receiver.lock:
                    key = self.headers.get("Idempotency-Key", "")
                    receiver.keys[key] = receiver.keys.get(key, 0) + 1
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *arguments):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def take(self):
        with self.lock:
            keys, self.keys = self.keys, {}
        return keys


def outbox_flush(campaign, runs, counts):
    receiver = Receiver()
    pristine = os.path.join(campaign.folder, "outbox.sqlite")
    url = "http://127.0.0.1:%d/hook" % receiver.server_address[1]
    add = subprocess.run([campaign.sitrepctl, "--db", pristine, "channel", "add", "webhook",
                          "crash-hook", "--secret-stdin"], input=url.encode(),
                         env=campaign.environment, capture_output=True, timeout=120)
    if add.returncode != 0:
        campaign.fail("outbox", 0, "could not add the channel: %s" % add.stderr[-300:])
        return
    for i in range(30):
        campaign.ctl(pristine, "incidents", "declare", "--title", "Incident %d" % i,
                     "--severity", "SEV-2")
    messages = len(campaign.outbox(pristine))
    reference = os.path.join(campaign.folder, "outbox-reference.sqlite")
    shutil.copy(pristine, reference)
    longest = campaign.timed(reference, "outbox", "flush")
    receiver.take()
    for run in range(runs):
        database = os.path.join(campaign.folder, "flushing.sqlite")
        remove_database(database)
        shutil.copy(pristine, database)
        if campaign.killed(database, ["outbox", "flush"], longest):
            counts["outbox flush killed"] += 1
        problems = health(database)
        if problems:
            campaign.fail("outbox", run, "damaged: %s" % problems[:3])
            continue
        outbox = campaign.outbox(database)
        seen = receiver.take()
        attempts = sum(message["attempts"] for message in outbox)
        delivered = sum(1 for message in outbox if message["state"] == "delivered")
        if 0 < delivered < messages:
            counts["outbox flush killed midway"] += 1
        if any(message["state"] not in ("pending", "delivered") for message in outbox):
            campaign.fail("outbox", run, "a message neither pending nor delivered")
        # Every request that left was counted first; every delivered message was received.
        if sum(seen.values()) > attempts or len(seen) < delivered:
            campaign.fail("outbox", run, "%d requests received, %d attempts counted, %d keys "
                          "for %d delivered" % (sum(seen.values()), attempts, len(seen), delivered))
        campaign.ctl(database, "outbox", "flush")
        after = campaign.outbox(database)
        seen_after = receiver.take()
        if len(after) != messages or any(m["state"] != "delivered" for m in after):
            campaign.fail("outbox", run, "a clean flush afterwards did not deliver everything")
        if len(set(seen) | set(seen_after)) != messages:
            campaign.fail("outbox", run, "%d messages but %d keys received"
                          % (messages, len(set(seen) | set(seen_after))))
    receiver.shutdown()


def told_per_incident(database):
    """How many "alerts firing" entries each incident has."""
    connection = sqlite3.connect(database)
    try:
        return dict(connection.execute(
            "SELECT i.id, count(t.id) FROM incidents i LEFT JOIN timeline_events t"
            " ON t.incident_id = i.id AND t.kind = 'alert_fired' GROUP BY i.id").fetchall())
    finally:
        connection.close()


def alert_ingest(campaign, runs, counts):
    """`sync alertmanager --once` killed while it writes 3,000 alerts in 300 groups to the
    cache. The ingest commits in short slices, so a kill may leave some of them cached; a clean
    sync afterwards caches all, with one incident per group and each group's alerts told once
    on its timeline (one "alerts firing" entry, never a second for alerts already told)."""
    fixture = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures",
                           "alertmanager.sh")
    state = os.path.join(campaign.folder, "alertmanager")
    subprocess.run([fixture, "start", state], check=True, capture_output=True, timeout=60)
    try:
        with open(os.path.join(state, "alertmanager.port")) as port:
            url = "http://127.0.0.1:%s" % port.read().strip()
        now = datetime.now(timezone.utc)
        alerts = [{"labels": {"alertname": "CrashCampaign%d" % (i % 300),
                              "instance": "host-%d" % i, "service": "checkout",
                              "severity": "critical"},
                   "annotations": {"summary": "alert %d" % i},
                   "startsAt": now.isoformat(),
                   "endsAt": (now + timedelta(hours=2)).isoformat()} for i in range(3000)]
        for first in range(0, len(alerts), 500):
            request = urllib.request.Request(
                url + "/api/v2/alerts", data=json.dumps(alerts[first:first + 500]).encode(),
                headers={"Content-Type": "application/json"}, method="POST")
            urllib.request.urlopen(request, timeout=30).read()

        def cached(database):
            code, out = campaign.ctl(database, "alerts", "list", "--json")
            return sorted(alert["fingerprint"] for alert in json.loads(out)) if code == 0 else None

        database = os.path.join(campaign.folder, "ingest.sqlite")

        def fresh():
            remove_database(database)
            campaign.ctl(database, "alerts", "list")  # the file exists before the kill

        fresh()
        longest = campaign.timed(database, "sync", "alertmanager", "--url", url, "--once")
        everything = cached(database)
        if everything is None or len(everything) != len(alerts):
            campaign.fail("alert ingest", 0, "a clean sync cached %s of %d alerts"
                          % (len(everything) if everything else 0, len(alerts)))
            return
        for run in range(runs):
            fresh()
            if campaign.killed(database, ["sync", "alertmanager", "--url", url, "--once"],
                               longest):
                counts["alert ingest killed"] += 1
            problems = health(database)
            if problems:
                campaign.fail("alert ingest", run, "damaged: %s" % problems[:3])
                continue
            after_kill = cached(database)
            if after_kill is None or not set(after_kill) <= set(everything):
                campaign.fail("alert ingest", run, "the cache is unreadable or holds alerts "
                              "that were never sent")
                continue
            if after_kill == everything:
                counts["alert ingest killed after its last slice"] += 1
            elif after_kill:
                counts["alert ingest killed between slices"] += 1
            campaign.ctl(database, "sync", "alertmanager", "--url", url, "--once")
            if cached(database) != everything:
                campaign.fail("alert ingest", run, "a clean sync afterwards did not cache all")
            told = told_per_incident(database)
            if len(told) != 300 or set(told.values()) != {1}:
                campaign.fail("alert ingest", run, "%d incidents for 300 groups, told %s times"
                              % (len(told), sorted(set(told.values()))))
    finally:
        subprocess.run([fixture, "stop", state], capture_output=True, timeout=60)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sitrepctl")
    parser.add_argument("schema_v1")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--outbox", action="store_true",
                        help="also the outbox flush (needs a keyring session)")
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.randrange(1 << 30)
    counts = {"migration killed": 0, "migration left between versions": 0, "backup killed": 0,
              "restore killed": 0, "postmortem save killed": 0, "alert ingest killed": 0,
              "alert ingest killed between slices": 0,
              "alert ingest killed after its last slice": 0, "outbox flush killed": 0,
              "outbox flush killed midway": 0}
    with tempfile.TemporaryDirectory() as folder:
        campaign = Campaign(options.sitrepctl, folder, random.Random(seed))
        migration(campaign, options.schema_v1, options.runs, counts)
        backup_and_restore(campaign, options.runs, counts)
        postmortem_save(campaign, options.runs, counts)
        alert_ingest(campaign, options.runs, counts)
        if options.outbox:
            outbox_flush(campaign, options.runs, counts)
    print("seed %d, %d runs per scenario: %s" % (
        seed, options.runs, ", ".join("%s %d" % item for item in counts.items())))
    for failure in campaign.failures:
        print("FAIL " + failure)
    return 1 if campaign.failures else 0


if __name__ == "__main__":
    sys.exit(main())
