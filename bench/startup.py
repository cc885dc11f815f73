#!/usr/bin/env python3
"""bench/startup.py - where a cold jos run's time goes (issue 12), for one or more checkouts.

    bench/startup.py [--rounds N] [ROOT ...]     (default: this checkout)

Each ROOT is a built jos checkout (bin/jos, target/jos.jar); with two, e.g. an older commit's
worktree and this one, the rows compare before and after. Every step runs interleaved across
the roots, N rounds (default 9), medians; in-process (JOS_DAEMON=0) except the last row; as the
lab's admin, with a fresh HOME whose token cache the first run fills.

  java -version                     the JVM alone
  launcher alone                    bin/jos with java replaced by /bin/true (no archive)
  java + jos flags + archive        java with jos's flags and class-data archive, `--version`
  bin/jos --version                 the whole in-process path for the least work
  bin/jos user list                 config, token cache, one GET, a table
  bin/jos --help (as a user runs)   the default path, warm process and all
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench import java_of_launcher, read_openrc  # noqa: E402 (bench/bench.py: one openrc reader, one JDK choice)


def major(j):
    release = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(j))), "release")
    with open(release) as f:
        for line in f:
            if line.startswith("JAVA_VERSION="):
                return int(line.split("=")[1].strip('"\n').split(".")[0])
    return 17


def steps(root, j):
    jar = os.path.join(root, "target", "jos.jar")
    m = major(j)
    # bin/jos's flags for this JDK (its archive step made the archive)
    if m >= 25:
        flags = ["-XX:+UseSerialGC", "--add-opens", "java.base/java.net=ALL-UNNAMED", "--add-opens",
                 "java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                 "-XX:AOTCache=" + os.path.join(root, "target", "jos-%d.aot" % m)]
    else:
        flags = ["-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0",
                 "-XX:SharedArchiveFile=" + os.path.join(root, "target", "jos-%d.jsa" % m)]
    flags = ["-XX:TieredStopAtLevel=1", "-Xss1m", "-XX:-UsePerfData"] + flags + ["-Xlog:disable"]
    jos = os.path.join(root, "bin", "jos")
    off = {"JOS_DAEMON": "0"}
    return [
        ("java -version", [j, "-version"], {}),
        ("launcher alone", [jos, "user", "list"], {"JOS_JAVA": "/bin/true", "JOS_CDS": "0", "JOS_DAEMON": "0"}),
        ("java + jos flags + archive, --version", [j] + flags + ["-jar", jar, "--version"], {}),
        ("bin/jos --version", [jos, "--version"], off),
        ("bin/jos user list", [jos, "user", "list"], off),
        ("bin/jos --help (as a user runs it)", [jos, "--help"], {}),
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--openrc", default="/var/lib/openstack-lab/admin-openrc.sh")
    ap.add_argument("roots", nargs="*", default=[os.path.dirname(HERE)])
    a = ap.parse_args()
    j = java_of_launcher()
    home = tempfile.mkdtemp(prefix="jos-bench-startup-")
    env = read_openrc(a.openrc)
    env.update({"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "JOS_JAVA": j})
    try:
        table = {root: steps(root, j) for root in a.roots}
        for root in a.roots:  # warm-up: archives, token cache, warm process
            for _, argv, extra in table[root]:
                subprocess.run(argv, env={**env, **extra}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(3)
        times = {(root, i): [] for root in a.roots for i in range(len(table[root]))}
        for r in range(a.rounds):
            print("round %d/%d" % (r + 1, a.rounds), file=sys.stderr)
            for i in range(len(table[a.roots[0]])):
                for root in a.roots:
                    _, argv, extra = table[root][i]
                    t = time.perf_counter()
                    subprocess.run(argv, env={**env, **extra}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    times[(root, i)].append(time.perf_counter() - t)
        print("start-up breakdown: %s, %d rounds, medians, %s" % (j, a.rounds, time.strftime("%Y-%m-%d %H:%M")))
        print("%-40s" % "step" + "".join("%14s" % ("root %d" % (k + 1)) for k in range(len(a.roots))))
        for i, (label, _, _) in enumerate(table[a.roots[0]]):
            print("%-40s" % label + "".join("%12.3f s" % statistics.median(times[(root, i)]) for root in a.roots))
        for k, root in enumerate(a.roots):
            print("root %d: %s" % (k + 1, root))
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
