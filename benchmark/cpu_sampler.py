"""Samples the CPU time of a run's processes, by group, twice a second, until the first group's process ends.

usage: cpu_sampler.py OUT CLK_TCK GROUP=SPEC...
  GROUP=jvm:PID           one JVM, also split by its threads' kinds (THREAD_KINDS)
  GROUP=tree:PID          the process and all its descendants (a JVM; Maven and the Gatling JVM it forks)
  GROUP=postgres:DBNAME   PostgreSQL's backends connected to that database
  GROUP=postgres-server   PostgreSQL's own processes that serve no connection (checkpointer, WAL writer,
                          background writer, ...): they work for every database on the server
Writes one JSON line per sample to OUT: {"t": epoch ms, "cpuMs": {group: ms},
"threadsMs": {group: {kind: ms}}}. A group's figure is the
user + system time (utime + stime of /proc/<pid>/stat, in clock ticks of CLK_TCK, `getconf CLK_TCK`) of
every process that has been in it since the sampler started, an ended process keeping its last
figure (a thread likewise), so each figure only grows and the difference of two samples is its CPU in between.
benchmark/summarize.py reads it at each measured phase's start and end.
"""
import json
import os
import re
import signal
import sys
import time

INTERVAL = 0.5
# A backend's title: "postgres: 15/main: <user> <database> <host>(<port>) <state>" (the cluster's
# name only when cluster_name is set); the server's own processes have no client address.
BACKEND = re.compile(r"^postgres: (?:\S+: )?\S+ (\S+) (?:\S+\(\d+\)|\[local\])")


# The JVM's threads by their names (Linux keeps 15 characters): the threads that serve calls (Tomcat's;
# the bare engine's client threads, which run the engine in their calls), the JIT compilers, the
# garbage collector's with the VM thread (the serial collector collects in it), and all the others.
THREAD_KINDS = (("calls", re.compile(r"^(http-nio-|pool-\d+-thread)")),
                ("jit", re.compile(r"^C[12] CompilerThre")),
                ("gc", re.compile(r"^(GC Thread|G1 |VM Thread)")))


def thread_kind(name):
    return next((kind for kind, pattern in THREAD_KINDS if pattern.match(name)), "other")


def threads(pid):
    """(tid, start time) -> (kind, utime + stime) of a process's threads."""
    found = {}
    try:
        tids = os.listdir("/proc/%d/task" % pid)
    except OSError:
        return found
    for tid in tids:
        try:
            with open("/proc/%d/task/%s/stat" % (pid, tid)) as stat:
                line = stat.read()
        except OSError:
            continue
        name, fields = line[line.index("(") + 1:line.rindex(")")], line.rsplit(")", 1)[1].split()
        found[(tid, fields[19])] = (thread_kind(name), int(fields[11]) + int(fields[12]))
    return found


def processes():
    """pid -> (parent pid, start time, utime + stime, command line) of every process readable now."""
    found = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name) as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open("/proc/%s/cmdline" % name, "rb") as cmdline:
                command = cmdline.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
        except OSError:
            continue
        # After the command's name: state, ppid, ..., utime (14th field of the line), stime (15th), ..., starttime (22nd).
        found[int(name)] = (int(fields[1]), fields[19], int(fields[11]) + int(fields[12]), command)
    return found


def postmaster(found):
    for pid, (_, _, _, command) in found.items():
        if command.split(" ", 1)[0].endswith("/postgres") and " -D " in command:
            return pid
    return None


def members(group, spec, found):
    """The pids in a group now."""
    kind, _, value = spec.partition(":")
    if kind == "jvm":
        return {int(value)} & found.keys()
    if kind == "tree":
        tree, grew = {int(value)} & found.keys(), True
        while grew:
            grew = False
            for pid, (parent, _, _, _) in found.items():
                if parent in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        return tree
    server = postmaster(found)
    if server is None:
        return set()
    children = {pid for pid, (parent, _, _, _) in found.items() if parent == server}
    if kind == "postgres":
        return {pid for pid in children if (m := BACKEND.match(found[pid][3])) and m.group(1) == value}
    if kind == "postgres-server":
        return {server} | {pid for pid in children if not BACKEND.match(found[pid][3])}
    raise SystemExit("unknown group %s=%s" % (group, spec))


def main():
    out, ticks = sys.argv[1], int(sys.argv[2])
    groups = dict(arg.split("=", 1) for arg in sys.argv[3:])
    watched = int(next(iter(groups.values())).split(":", 1)[1])
    # (pid, start time) -> ticks last seen, per group: a pid the system reuses is another process.
    seen = {group: {} for group in groups}
    seen_threads = {group: {} for group, spec in groups.items() if spec.startswith("jvm:")}
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    with open(out, "a") as sink:
        while True:
            found = processes()
            for group, spec in groups.items():
                for pid in members(group, spec, found):
                    seen[group][(pid, found[pid][1])] = found[pid][2]
            for group in seen_threads:
                seen_threads[group].update(threads(int(groups[group].split(":", 1)[1])))
            kinds = {group: {} for group in seen_threads}
            for group, by_thread in seen_threads.items():
                for kind, used in by_thread.values():
                    kinds[group][kind] = kinds[group].get(kind, 0) + used
            sink.write(json.dumps({
                "t": int(time.time() * 1000),
                "cpuMs": {group: round(sum(by_process.values()) * 1000 / ticks) for group, by_process in seen.items()},
                "threadsMs": {group: {kind: round(used * 1000 / ticks) for kind, used in by_kind.items()}
                              for group, by_kind in kinds.items()}}) + "\n")
            sink.flush()
            if stopping or watched not in found:
                return
            time.sleep(INTERVAL)


main()
