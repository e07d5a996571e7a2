#!/usr/bin/env python3
"""Scale benchmark: `score` of large reviews against xmllint --noout of the same files.

Run through `cmake --build BUILD --target scale_bench`. Prints, side by side in one run:
  1. a 480-item review rated by 20 members with notes (9,600 answers): median wall time and peak
     memory of `ccg-selfassess score` against `xmllint --noout` of the checklist and answers,
     as ratios (targets: 3x at most for both);
  2. growth: time (and, with valgrind, instructions) per answer from 1,200 to 38,400 answers
     against one 480-item checklist, after taking off what a run with no answers costs (process
     start, checklist load), which would otherwise flatter large files.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(command):
    """Wall time in seconds and peak RSS in MiB of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{error}")
    return elapsed, usage.ru_maxrss / 1024.0


def measure(commands, runs):
    """Median time and memory of each command, run interleaved so that load affects all alike."""
    times = {name: [] for name in commands}
    memory = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            elapsed, rss = run(command)
            times[name].append(elapsed)
            memory[name].append(rss)
    return {name: (statistics.median(times[name]), statistics.median(memory[name])) for name in commands}


def generate(folder, items, raters, notes, answers=None):
    arguments = [sys.executable, os.path.join(HERE, "make_large_review.py"), folder, str(items), str(raters)]
    arguments += ["--notes"] if notes else []
    arguments += ["--answers", str(answers)] if answers is not None else []
    subprocess.run(arguments, check=True)
    return os.path.join(folder, "checklist.xml"), os.path.join(folder, "answers.xml")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True, help="ccg-selfassess (or its -cli half)")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        checklist, answers = generate(os.path.join(work, "large"), 480, 20, True)
        score = [args.cli, "score", "--checklist", checklist, "--answers", answers, "--format", "json"]
        figures = measure({"score": score, "xmllint": ["xmllint", "--noout", checklist, answers]}, args.runs)
        (ours, our_rss), (lint, lint_rss) = figures["score"], figures["xmllint"]
        print(f"480 items x 20 raters with notes (9,600 answers, {os.path.getsize(answers) / 1e6:.1f} MB), "
              f"median of {args.runs} runs")
        print(f"  xmllint --noout    {lint * 1000:8.1f} ms  {lint_rss:6.1f} MiB")
        print(f"  ccg-selfassess     {ours * 1000:8.1f} ms  {our_rss:6.1f} MiB")
        print(f"  ratio              {ours / lint:8.2f}x    {our_rss / lint_rss:6.2f}x   (targets 3x and 3x)")

        print("\nGrowth: one 480-item checklist, 0 to 38,400 answers; time per answer after taking off")
        print("the run with no answers (process start, checklist load), and instructions per answer")
        commands = {}
        for count in GROWTH:
            c, a = generate(os.path.join(work, f"g{count}"), 480, max(1, -(-count // 480)), False, count)
            commands[count] = [args.cli, "score", "--checklist", c, "--answers", a, "--format", "json"]
        results = measure(commands, args.runs)
        instructions = {count: instructionCount(command) for count, command in commands.items()}
        fixed_time, fixed_instructions = results[0][0], instructions[0]
        per_answer, per_answer_instructions = {}, {}
        for count in GROWTH:
            elapsed, rss = results[count]
            line = f"  {count:6d} answers {elapsed * 1000:8.1f} ms {rss:6.1f} MiB"
            if count:
                per_answer[count] = max(elapsed - fixed_time, 0.0) / count
                line += f"  {per_answer[count] * 1e6:6.2f} us per answer"
                if instructions[count] is not None:
                    per_answer_instructions[count] = (instructions[count] - fixed_instructions) / count
                    line += f"  {per_answer_instructions[count]:8.0f} instructions per answer"
            print(line)
        smallest, largest = GROWTH[1], GROWTH[-1]
        print(f"  per answer at {largest} / at {smallest}: time {per_answer[largest] / per_answer[smallest]:.2f}x"
              + (f", instructions {per_answer_instructions[largest] / per_answer_instructions[smallest]:.2f}x"
                 if per_answer_instructions else "") + " (target 1.5x at most)")


GROWTH = [0, 1200, 4800, 19200, 38400]


def instructionCount(command):
    """Instructions one run executes, counted by callgrind (repeatable, unlike time); None without valgrind."""
    with tempfile.NamedTemporaryFile() as out:
        try:
            done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}"] + command,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        except FileNotFoundError:
            return None
        for line in done.stderr.splitlines():
            if "Collected :" in line:
                return int(line.split(":")[-1].strip())
    return None


if __name__ == "__main__":
    main()
