#!/usr/bin/python3
"""jos vs the reference openstack client: wall time and HTTP requests per command.

Called by bench/run.sh, which checks the lab and the build first. Runs every case in
interleaved rounds (jos, osc, jos, osc ...), prints the median wall time of each tool, the
ratio jos/OSC and the number of HTTP requests each made (jos: lines of a --record file;
OSC: '^REQ: ' lines of its --debug output, each from one extra run). jos runs twice per case:
through its warm process (a server of the bench's own, stopped at the end) and with
JOS_DAEMON=0; `java -version` of the JVM bin/jos picks is timed alongside for --help's target.
"""
import glob
import argparse
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time


def read_openrc(path):
    """The export K=V lines of an openrc file, as a shell sourcing it would see them."""
    env = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("export "):
                continue
            for word in shlex.split(line[len("export "):], comments=True):
                if "=" in word:
                    k, v = word.split("=", 1)
                    env[k] = v
    return env


class Runner:
    def __init__(self, jos, osc, rc_env, workdir):
        self.jos = jos
        self.osc = osc
        self.workdir = workdir
        self.env = dict(rc_env)
        self.env.update({
            "PATH": "/usr/bin:/bin",
            "HOME": os.path.join(workdir, "home"),
            "XDG_CACHE_HOME": os.path.join(workdir, "cache"),
            "LANG": "C.UTF-8",
            "JOS_DAEMON_DIR": os.path.join(workdir, "daemon"),
        })
        if os.environ.get("JOS_JAVA"):
            self.env["JOS_JAVA"] = os.environ["JOS_JAVA"]  # bench another JDK
        os.makedirs(self.env["HOME"], exist_ok=True)
        os.makedirs(self.env["XDG_CACHE_HOME"], exist_ok=True)
        self.failures = []

    def run(self, argv, label, extra_env=None):
        env = dict(self.env, **(extra_env or {}))
        start = time.perf_counter()
        p = subprocess.run(argv, env=env, cwd=self.workdir, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        elapsed = time.perf_counter() - start
        if p.returncode != 0:
            self.failures.append((label, " ".join(argv), p.returncode,
                                  p.stderr.decode("utf-8", "replace").strip()[-500:]))
        return elapsed, p

    def jos_requests(self, args, label):
        fd, record = tempfile.mkstemp(prefix="jos-record-", suffix=".jsonl", dir=self.workdir)
        os.close(fd)
        os.unlink(record)  # jos creates it; a missing file means --record did nothing
        self.run([self.jos, "--record", record] + args, label + " (--record)")
        if not os.path.exists(record):
            return None
        with open(record, encoding="utf-8", errors="replace") as f:
            return sum(1 for line in f if line.strip())

    def osc_requests(self, args, label):
        _, p = self.run([self.osc, "--debug"] + args, label + " (--debug)")
        return sum(1 for line in p.stderr.decode("utf-8", "replace").splitlines() if line.startswith("REQ: "))


# (label, jos args, osc args or None, kind) -- kind picks the target shown
CASES = [
    ("user list, token cached", ["user", "list"], ["user", "list"], "cached"),
    ("project list, token cached", ["project", "list"], ["project", "list"], "cached"),
    ("flavor list, token cached", ["flavor", "list"], ["flavor", "list"], "compute"),
    ("flavor show, token cached", ["flavor", "show", "mini"], ["flavor", "show", "mini"], "compute"),
    ("keypair list, token cached", ["keypair", "list"], ["keypair", "list"], "compute"),
    ("server list, token cached", ["server", "list"], ["server", "list"], "compute"),
    ("image list, token cached", ["image", "list"], ["image", "list"], "compute"),
    ("network list, token cached", ["network", "list"], ["network", "list"], "compute"),
    ("user list, no cache", ["--no-token-cache", "user", "list"], ["user", "list"], "uncached"),
    ("project list, no cache", ["--no-token-cache", "project", "list"], ["project", "list"], "uncached"),
    ("jos --help", ["--help"], None, "help"),
]
# issue 12: cached commands at most 0.10x OSC warm and 0.15x without the warm process; --help at
# most 1.5x `java -version` (its ratio column is against java -version, not OSC)
TARGETS = {"cached": ("warm <= 0.10x, off <= 0.15x", lambda w, o: w is not None and w <= 0.10 and o is not None and o <= 0.15),
           "compute": ("warm <= 0.10x, off <= 0.15x", lambda w, o: w is not None and w <= 0.10 and o is not None and o <= 0.15),
           "uncached": ("<= 0.75x", lambda w, o: w is not None and w <= 0.75 and o is not None and o <= 0.75),
           "help": ("<= 1.5x java -version", lambda w, o: w is not None and w <= 1.5 and o is not None and o <= 1.5)}
OFF = {"JOS_DAEMON": "0"}


def java_of_launcher():
    """The JVM bin/jos runs: JOS_JAVA, else the newest JDK 25+ it looks for, else java on PATH."""
    if os.environ.get("JOS_JAVA"):
        return os.environ["JOS_JAVA"]
    found = [j for j in glob.glob("/usr/lib/jvm/temurin-2[5-9]*/bin/java") + glob.glob("/usr/lib/jvm/java-2[5-9]*/bin/java")
             if os.access(j, os.X_OK)]
    return found[-1] if found else "java"


def wait_for_server(directory, timeout=60):
    """The pid of the warm server the first jos run started (it runs in the background)."""
    end = time.time() + timeout
    while time.time() < end:
        for f in glob.glob(os.path.join(directory, "*.sock.pid")):
            if os.path.exists(f[:-len(".pid")]):
                with open(f) as fh:
                    return int(fh.read().strip())
        time.sleep(0.1)
    return None


def rss_mib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return None


def fmt_s(x):
    return "-" if x is None else "%.3f s" % x


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--jos", required=True)
    ap.add_argument("--osc", default="/usr/bin/openstack")
    ap.add_argument("--openrc", required=True)
    ap.add_argument("--results", help="also write the table to this file")
    a = ap.parse_args()
    if a.rounds < 1:
        ap.error("--rounds must be at least 1")

    with tempfile.TemporaryDirectory(prefix="jos-bench-") as work:
        r = Runner(a.jos, a.osc, read_openrc(a.openrc), work)
        # warm the jos token cache (and the OS page cache for both tools); not timed
        r.run([a.jos, "user", "list"], "warm-up jos")
        r.run([a.osc, "user", "list"], "warm-up osc")
        server = wait_for_server(r.env["JOS_DAEMON_DIR"])
        if server is None:
            print("bench: no warm jos server started; the warm column is jos without one", file=sys.stderr)
        for _ in range(3):
            r.run([a.jos, "user", "list"], "warm-up jos (warm)")
        java = java_of_launcher()

        times = {c[0]: {"jos": [], "off": [], "osc": []} for c in CASES}
        java_times = []
        try:
            for i in range(a.rounds):
                print("round %d/%d" % (i + 1, a.rounds), file=sys.stderr, flush=True)
                for label, jos_args, osc_args, _ in CASES:
                    t, _ = r.run([a.jos] + jos_args, label + " (jos)")
                    times[label]["jos"].append(t)
                    t, _ = r.run([a.jos] + jos_args, label + " (jos, JOS_DAEMON=0)", OFF)
                    times[label]["off"].append(t)
                    if osc_args is not None:
                        t, _ = r.run([a.osc] + osc_args, label + " (osc)")
                        times[label]["osc"].append(t)
                t, _ = r.run([java, "-version"], "java -version")
                java_times.append(t)
            requests = {}
            for label, jos_args, osc_args, _ in CASES:
                if osc_args is None:
                    continue
                requests[label] = (r.jos_requests(jos_args, label),
                                   r.osc_requests(osc_args, label))
            idle_rss = None
            if server is not None:
                time.sleep(5)  # idle
                idle_rss = rss_mib(server)
        finally:
            if server is not None:
                try:
                    os.kill(server, 15)
                except ProcessLookupError:
                    pass


    header = ("command", "jos warm", "jos off", "OSC median", "warm/OSC", "off/OSC", "target", "met", "jos req", "OSC req")
    rows = []
    jv = statistics.median(java_times)
    for label, _, osc_args, kind in CASES:
        jt = statistics.median(times[label]["jos"])
        ft = statistics.median(times[label]["off"])
        ot = statistics.median(times[label]["osc"]) if osc_args is not None else jv
        ratio = jt / ot if ot else None
        off_ratio = ft / ot if ot else None
        target, check = TARGETS[kind]
        jreq, oreq = requests.get(label, (None, None))
        rows.append((label, fmt_s(jt), fmt_s(ft), fmt_s(ot) + ("" if osc_args is not None else " (java -version)"),
                     "-" if ratio is None else "%.2fx" % ratio, "-" if off_ratio is None else "%.2fx" % off_ratio, target,
                     "yes" if check(ratio, off_ratio) else "NO",
                     "-" if label not in requests else ("n/a" if jreq is None else str(jreq)),
                     "-" if oreq is None else str(oreq)))
    widths = [max(len(str(x[i])) for x in [header] + rows) for i in range(len(header))]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def line(cells):
        out = []
        for i, c in enumerate(cells):
            out.append(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]))
        return "| " + " | ".join(out) + " |"

    table = [sep, line(header), sep] + [line(x) for x in rows] + [sep]
    spread = ["", "java: %s; idle warm server RSS: %s" % (java, "-" if idle_rss is None else "%.0f MiB" % idle_rss),
              "all samples (s), jos warm | jos off | OSC:"]
    for label, _, osc_args, _ in CASES:
        js = " ".join("%.3f" % x for x in times[label]["jos"])
        fs = " ".join("%.3f" % x for x in times[label]["off"])
        os_ = " ".join("%.3f" % x for x in times[label]["osc"]) if osc_args is not None else "-"
        spread.append("  %-28s %s | %s | %s" % (label, js, fs, os_))
    spread.append("  %-28s %s" % ("java -version", " ".join("%.3f" % x for x in java_times)))
    text = "\n".join(["jos benchmark: %d interleaved rounds, %s" % (a.rounds, time.strftime("%Y-%m-%d %H:%M:%S"))]
                     + table + spread) + "\n"
    sys.stdout.write(text)
    if r.failures:
        sys.stdout.write("\nFAILED RUNS (timings above include them and mean little):\n")
        for label, cmd, rc, err in r.failures:
            sys.stdout.write("  %s: `%s` exited %d: %s\n" % (label, cmd, rc, err.splitlines()[-1] if err else ""))
    if a.results:
        os.makedirs(os.path.dirname(a.results), exist_ok=True)
        with open(a.results, "w", encoding="utf-8") as f:
            f.write(text)
    return 1 if r.failures else 0


if __name__ == "__main__":
    sys.exit(main())
