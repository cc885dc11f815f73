#!/usr/bin/env python3
"""bench/shell.py - issue 11's figures, as a person at a terminal meets them (see bench/README.md).

Each shell runs in a pseudo-terminal (80x24) with completions/ sourced; a case types the words,
waits for the echo to settle, presses TAB and times until the completed text is echoed:
  - a command word (`jos fla` TAB -> `flavor`), which must not start a JVM;
  - a live name with a warm name cache (`jos flavor show mi` TAB -> `mini`).
Then the interactive shell: `jos` until its `(jos) ` prompt, and one command inside it against the
same command run on its own. Medians of N rounds (default 7), as the lab's admin with a fresh HOME.
"""
import argparse
import os
import pty
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import fcntl
import termios

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench import read_openrc  # noqa: E402 (bench/bench.py: one openrc reader)
ROOT = os.path.dirname(HERE)


class Pty:
    """A program in a pseudo-terminal, its output collected as it comes."""

    def __init__(self, argv, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            # the size first: a program that reads it at once must not see 0 columns
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
            os.execvpe(argv[0], argv, env)
        self.out = b""

    def read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            d = os.read(self.fd, 65536)
        except OSError:
            return False
        self.out += d
        return bool(d)

    def settle(self, quiet=0.3, limit=30):
        """Reads until nothing comes for `quiet` seconds."""
        end = time.time() + limit
        while time.time() < end and self.read(quiet):
            pass

    def until(self, needle, limit=30):
        """Seconds until `needle` shows in what comes next; None after `limit`."""
        start = time.perf_counter()
        seen = len(self.out)
        while time.perf_counter() - start < limit:
            if needle in self.out[seen:]:
                return time.perf_counter() - start
            self.read(0.5)
        return None

    def send(self, text):
        os.write(self.fd, text.encode())

    def close(self):
        try:
            os.kill(self.pid, 9)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


SHELLS = {
    "bash": (["bash", "--norc", "--noprofile", "-i"], "PS1='$ '; source %s/completions/jos.bash\n"),
    "zsh": (["zsh", "-f", "-i"], "PROMPT='$ '; autoload -U compinit; compinit -u; source %s/completions/_jos\n"),
    "fish": (["fish", "--no-config", "-i"], "function fish_prompt; echo -n '$ '; end; source %s/completions/jos.fish\n"),
}


def tab(shell, env, typed, expect):
    """Seconds from TAB to the completion's text on the screen."""
    argv, setup = SHELLS[shell]
    p = Pty(argv, env)
    try:
        p.settle()
        p.send(setup % ROOT)
        p.settle()
        p.send(typed)
        p.settle()
        t0 = time.perf_counter()
        p.send("\t")
        t = p.until(expect.encode())
        return None if t is None else time.perf_counter() - t0
    finally:
        p.close()


def shell_prompt(jos, env):
    p = Pty([jos], env)
    try:
        prompt = p.until(b"(jos) ")
        if prompt is None:
            return None, None
        p.settle(0.2)
        t0 = time.perf_counter()
        p.send("user list\r")
        inside = p.until(b"(jos) ")
        inside = None if inside is None else time.perf_counter() - t0
        p.send("exit\r")
        p.settle(0.2, 5)
        return prompt, inside
    finally:
        p.close()


def alone(jos, env, args):
    t = time.perf_counter()
    subprocess.run([jos] + args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--openrc", default="/var/lib/openstack-lab/admin-openrc.sh")
    a = ap.parse_args()
    jos = os.path.join(ROOT, "bin", "jos")
    home = tempfile.mkdtemp(prefix="jos-bench-shell-")
    env = read_openrc(a.openrc)
    env.update({"PATH": os.path.join(ROOT, "bin") + ":/usr/bin:/bin", "HOME": home, "TERM": "xterm", "LANG": "C.UTF-8"})
    if os.environ.get("JOS_JAVA"):
        env["JOS_JAVA"] = os.environ["JOS_JAVA"]  # another JDK than the newest bin/jos finds
    try:
        # warm-up: a token, the flavor names, the shell's class archive, the warm process
        alone(jos, env, ["flavor", "list"])
        for s in SHELLS:
            if shutil.which(s):
                tab(s, env, "jos flavor show mi", "ni")
        shell_prompt(jos, env)
        time.sleep(2)
        cases = []
        for s in SHELLS:
            if shutil.which(s):
                cases.append(("%s: TAB on a command word" % s, lambda s=s: tab(s, env, "jos fla", "vor")))
                cases.append(("%s: TAB on a live name (warm cache)" % s, lambda s=s: tab(s, env, "jos flavor show mi", "ni")))
        samples = {label: [] for label, _ in cases}
        prompts, insides, alones = [], [], []
        for r in range(a.rounds):
            print("round %d/%d" % (r + 1, a.rounds), file=sys.stderr)
            for label, fn in cases:
                samples[label].append(fn())
            prompt, inside = shell_prompt(jos, env)
            prompts.append(prompt)
            insides.append(inside)
            alones.append(alone(jos, env, ["user", "list"]))

        def med(xs):
            xs = [x for x in xs if x is not None]
            return "%.3f s" % statistics.median(xs) if xs else "timed out"

        print("jos shell figures: %d rounds, %s" % (a.rounds, time.strftime("%Y-%m-%d %H:%M:%S")))
        for label, _ in cases:
            target = "< 150 ms" if "live" in label else "no JVM"
            print("  %-44s %10s   (target %s)" % (label, med(samples[label]), target))
        print("  %-44s %10s   (target < 0.5 s)" % ("jos: entering the interactive shell", med(prompts)))
        print("  %-44s %10s   (vs `jos user list` alone: %s)" % ("jos shell: `user list` inside it", med(insides), med(alones)))
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
