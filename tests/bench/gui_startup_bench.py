#!/usr/bin/env python3
"""Start-up benchmark of ccg-selfassess against a minimal wx frame.

Each program is started 15 times, alternately, with CCG_FIRST_PAINT_EXIT set: it prints
"first-paint <unix ns>" on its first paint and quits. The time from just before the spawn to
that stamp is its start-up time; peak RSS comes from wait4(). ccg-selfassess opens a database
holding the demo organisation, so its first paint shows the 2014 review. Run under X
(xvfb-run); settings and data go to a temporary folder, never the user's.

ccg-selfassess asks GTK not to probe OpenGL at start (GDK_GL=disable), which a plain wx program
does not. So the minimal frame also runs a second time with GDK_GL=disable, and the ratio against
that like-for-like baseline is printed too: it shows what our own code adds.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 15


def run_once(command, env):
    command, extra = command
    env = dict(env, **extra)
    start = time.time_ns()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    output = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    stamps = [line.split()[1] for line in output.splitlines() if line.startswith("first-paint ")]
    if not stamps:
        sys.exit(f"{command[0]} painted nothing (exit {process.returncode})")
    return (int(stamps[0]) - start) / 1e6, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--baseline", required=True)
    parser.add_argument("--prepare", required=True)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ccg-bench-") as folder:
        database = os.path.join(folder, "demo.sqlite")
        subprocess.run([args.prepare, database], check=True)
        env = dict(os.environ, CCG_FIRST_PAINT_EXIT="1", XDG_CONFIG_HOME=os.path.join(folder, "config"),
                   XDG_DATA_HOME=os.path.join(folder, "data"), NO_AT_BRIDGE="1")
        programs = {
            "minimal wx frame": ([args.baseline], {}),
            "minimal wx frame, GDK_GL=disable": ([args.baseline], {"GDK_GL": "disable"}),
            "ccg-selfassess (demo review)": ([args.app, "--db", database], {}),
        }
        results = {name: [] for name in programs}
        run_once(programs["minimal wx frame"], env)  # warm the file cache once
        for _ in range(RUNS):
            for name, command in programs.items():
                results[name].append(run_once(command, env))

    print(f"Start-up to first paint, median of {RUNS} runs each:")
    medians = {}
    for name, samples in results.items():
        ms = statistics.median(s[0] for s in samples)
        rss = statistics.median(s[1] for s in samples)
        medians[name] = (ms, rss)
        print(f"  {name:34s} {ms:8.1f} ms   peak RSS {rss:7.1f} MiB")
    app = medians["ccg-selfassess (demo review)"]
    for label, name in (("ratio (target <= 1.3)", "minimal wx frame"),
                        ("ratio, like for like", "minimal wx frame, GDK_GL=disable")):
        base = medians[name]
        print(f"  {label:34s} {app[0] / base[0]:8.2f}     RSS ratio {app[1] / base[1]:.2f}")


if __name__ == "__main__":
    main()
