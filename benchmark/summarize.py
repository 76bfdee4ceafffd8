"""Prints the figures of a benchmark/run.sh run and writes them to <out>/summary.json.

usage: summarize.py DB OUT_DIR PHASE_SECONDS LOAD_AFTER      the whole run
       summarize.py --pair OUT_DIR ROUND N PHASE_SECONDS     one pair, as soon as it has run
Reads, in OUT_DIR/runs/: for each of the service's runs (<round>-<n>-api) Gatling's per-request
statistics (js/stats.js of the report named in report.txt), start-up seconds (startup.txt), the
resident-memory samples (rss-kb.txt) and its log; for each of the bare engine's runs
(<round>-<n>-bare) the result lines it printed (BENCH_RESULT {...}) and its memory samples; for
both, the CPU samples of cpu_sampler.py (cpu.jsonl) and the measured phases' windows (the service's:
phases.json, written by the Gatling simulation; the bare engine's: in its result lines), from which
each process group's CPU milliseconds per lifecycle in each phase.
"""
import json
import os
import re
import statistics
import sys

ROUNDS = ("fresh", "history")
# The process groups of each side, as cpu_sampler.py names them in run.sh, in the order printed.
API_GROUPS = ("service", "database", "client", "server")
BARE_GROUPS = ("engine", "database", "server")
THREAD_KINDS = ("calls", "jit", "gc", "other")
ROUND_TITLES = {"fresh": "the service's database holding only the people",
                "history": "the service's database holding the history too"}
RESULT = re.compile(r"^BENCH_RESULT (\{.*\})$", re.M)


def read(path):
    return open(path, encoding="utf-8").read()


def request_stats(report):
    """Every request's statistics from Gatling's stats.js, by request name, warm-up left out."""
    text = read(os.path.join(report, "js", "stats.js"))
    found = {}
    for match in re.finditer(r"stats: \{", text):
        start = match.end() - 1
        depth = 0
        for end in range(start, len(text)):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                break
        block = json.loads(text[start:end + 1])
        if block["name"].startswith("warm-up"):
            continue
        found[block["name"]] = {
            "count": int(block["numberOfRequests"]["total"]),
            "failed": int(block["numberOfRequests"]["ko"]),
            "p50": int(block["percentiles1"]["total"]),
            "p95": int(block["percentiles3"]["total"]),
            "p99": int(block["percentiles4"]["total"]),
            "max": int(block["maxResponseTime"]["total"]),
        }
    return found


def cpu_samples(folder):
    """cpu_sampler.py's samples: (epoch ms, {group or group.kind: CPU ms so far})."""
    path = os.path.join(folder, "cpu.jsonl")
    samples = []
    for line in (open(path) if os.path.exists(path) else []):
        sample = json.loads(line)
        figures = dict(sample["cpuMs"])
        for group, kinds in sample.get("threadsMs", {}).items():
            figures.update({"%s.%s" % (group, kind): ms for kind, ms in kinds.items()})
        samples.append((sample["t"], figures))
    return samples


def cpu_at(samples, t):
    """Each figure at time t, read on the line between the samples around it."""
    before = [s for s in samples if s[0] <= t] or samples[:1]
    after = [s for s in samples if s[0] >= t] or samples[-1:]
    (t0, a), (t1, b) = before[-1], after[0]
    share = 0 if t1 == t0 else (t - t0) / (t1 - t0)
    return {key: a.get(key, 0) + share * (b.get(key, 0) - a.get(key, 0)) for key in b}


def cpu_per_lifecycle(samples, started_at, ended_at, lifecycles):
    """Each group's CPU ms between a phase's start and end over the lifecycles it completed."""
    if not samples or not lifecycles or samples[0][0] > started_at or samples[-1][0] < ended_at:
        return None
    start, end = cpu_at(samples, started_at), cpu_at(samples, ended_at)
    return {key: round((end[key] - start.get(key, 0)) / lifecycles, 2) for key in end}


def api_run(folder, phase):
    """Our API's lifecycles/s by client count (completed ratings of a phase over its length), CPU per lifecycle."""
    report = read(os.path.join(folder, "report.txt")).strip()
    requests = request_stats(report)
    windows_path = os.path.join(folder, "phases.json")
    windows = json.loads(read(windows_path)) if os.path.exists(windows_path) else {}
    samples = cpu_samples(folder)
    rates, cpu = {}, {}
    for name, stats in requests.items():
        match = re.fullmatch(r"c(\d+) rate", name)
        if match:
            rates[match.group(1)] = stats["count"] / phase
            window = windows.get("c" + match.group(1))
            if window:
                cpu[match.group(1)] = cpu_per_lifecycle(samples, window["startedAt"], window["endedAt"],
                                                        stats["count"] - stats["failed"])
    return {"rates": rates, "cpu": {c: v for c, v in cpu.items() if v}, "requests": requests, "report": report,
            "startup": float(read(os.path.join(folder, "startup.txt"))), "rssKb": rss(folder)}


def bare_run(folder):
    """The bare engine's lifecycles/s by thread count, from the result lines it printed."""
    log = read(os.path.join(folder, "bare-engine.log"))
    results = [json.loads(line) for line in RESULT.findall(log)]
    started = re.search(r"Started BareEngineApplication in ([0-9.]+) seconds", log)
    samples = cpu_samples(folder)
    cpu = {str(r["threads"]): cpu_per_lifecycle(samples, r["startedAt"], r["endedAt"], r["lifecycles"])
           for r in results if "startedAt" in r}
    return {"rates": {str(r["threads"]): r["lifecyclesPerSecond"] for r in results},
            "cpu": {c: v for c, v in cpu.items() if v},
            "failed": sum(r["failed"] for r in results),
            "startedIn": float(started.group(1)) if started else None, "rssKb": rss(folder)}


def rss(folder):
    path = os.path.join(folder, "rss-kb.txt")
    samples = [int(line) for line in open(path) if line.strip().isdigit()] if os.path.exists(path) else []
    return max(samples) if samples else None


def pair(out, round_name, n, phase):
    api = api_run(os.path.join(out, "runs", "%s-%d-api" % (round_name, n)), phase)
    bare = bare_run(os.path.join(out, "runs", "%s-%d-bare" % (round_name, n)))
    return api, bare


def clients_of(api, bare):
    return sorted(set(api["rates"]) & set(bare["rates"]), key=int)


def cpu_words(cpu, groups):
    return " + ".join("%s %.1f" % (group, cpu[group]) for group in groups if group in cpu)


def pair_line(round_name, n, api, bare):
    return "   %s pair %d: %s%s" % (round_name, n, "; ".join(
        "%s clients: API %.1f, bare %.1f /s (%.2f)%s" % (
            c, api["rates"][c], bare["rates"][c], api["rates"][c] / bare["rates"][c],
            "" if c not in api["cpu"] or c not in bare["cpu"] else
            ", CPU ms per lifecycle: %s | %s" % (cpu_words(api["cpu"][c], API_GROUPS), cpu_words(bare["cpu"][c], BARE_GROUPS)))
        for c in clients_of(api, bare)), "" if not bare["failed"] else "; %d bare lifecycles failed" % bare["failed"])


def median_cpu(runs, clients):
    """Per client count, each figure's median over the runs that have it."""
    merged = {}
    for c in clients:
        figures = [run["cpu"][c] for run in runs if c in run["cpu"]]
        if figures:
            merged[c] = {key: round(statistics.median(f[key] for f in figures if key in f), 2)
                         for key in figures[0]}
    return merged


def cpu_cell(cpu, group):
    if group not in cpu:
        return "%6s" % "-"
    kinds = [cpu.get("%s.%s" % (group, kind)) for kind in THREAD_KINDS]
    if all(k is None for k in kinds):
        return "%6.1f" % cpu[group]
    return "%6.1f (%s)" % (cpu[group], "/".join("%.1f" % (k or 0) for k in kinds))


def median_requests(runs):
    """Per request name: counts and failures added up over the runs, percentiles their median."""
    names = [name for name in runs[0]["requests"]] if runs else []
    merged = {}
    for name in names:
        stats = [run["requests"][name] for run in runs if name in run["requests"]]
        merged[name] = {key: (sum(s[key] for s in stats) if key in ("count", "failed")
                              else statistics.median(s[key] for s in stats))
                        for key in ("count", "failed", "p50", "p95", "p99", "max")}
    return merged


def summarize(db, out, phase, load_after):
    rounds, requests, api_runs, bare_runs = {}, {}, [], []
    for round_name in [r for r in ROUNDS if os.path.exists(os.path.join(out, "runs", "%s-1-bare" % r))]:
        pairs = []
        n = 1
        while os.path.exists(os.path.join(out, "runs", "%s-%d-bare" % (round_name, n))):
            pairs.append(pair(out, round_name, n, phase))
            n += 1
        api_runs += [api for api, _ in pairs]
        bare_runs += [bare for _, bare in pairs]
        clients = clients_of(*pairs[0])
        rounds[round_name] = {
            "pairs": [{"api": api["rates"], "bare": bare["rates"], "bareFailed": bare["failed"]} for api, bare in pairs],
            "median": {
                "api": {c: statistics.median(api["rates"][c] for api, _ in pairs) for c in clients},
                "bare": {c: statistics.median(bare["rates"][c] for _, bare in pairs) for c in clients},
                "ratio": {c: statistics.median(api["rates"][c] / bare["rates"][c] for api, bare in pairs) for c in clients},
            },
            "cpuMsPerLifecycle": {
                "pairs": [{"api": api["cpu"], "bare": bare["cpu"]} for api, bare in pairs],
                "median": {"api": median_cpu([api for api, _ in pairs], clients),
                           "bare": median_cpu([bare for _, bare in pairs], clients)},
            },
        }
        requests[round_name] = median_requests([api for api, _ in pairs])

    first = os.path.join(out, "runs", "seed-fresh")
    started = re.search(r"Started RepairApplication in ([0-9.]+) seconds", read(os.path.join(first, "service.log")))
    bare_started = [b["startedIn"] for b in bare_runs if b["startedIn"] is not None]
    ole = int(read(os.path.join(out, "optimistic-locking.txt")).strip() or 0)
    summary = {
        "database": db,
        "load": {"before": read(os.path.join(out, "load.txt")).split(":")[-1].strip(), "after": load_after},
        "startupSeconds": round(float(read(os.path.join(first, "startup.txt"))), 2),
        "startedInSeconds": float(started.group(1)) if started else None,
        "startupSecondsOnCopies": round(statistics.median(api["startup"] for api in api_runs), 2),
        "bareEngineStartedInSeconds": round(statistics.median(bare_started), 2) if bare_started else None,
        "maxRssMb": {"api": round(max(a["rssKb"] for a in api_runs if a["rssKb"]) / 1024),
                     "bare": round(max(b["rssKb"] for b in bare_runs if b["rssKb"]) / 1024)},
        "optimisticLockingInLog": ole,
        "rounds": rounds,
        "requests": requests,
        "reports": [api["report"] for api in api_runs],
    }
    json.dump(summary, open(os.path.join(out, "summary.json"), "w"), indent=2, ensure_ascii=False)

    print("== figures (%s; load before %s, after %s)" % (db, summary["load"]["before"], load_after))
    print("start-up on a fresh database: %.1f s until the API answered (Spring: %s s); on a copy of a round's "
          "database: median %.1f s; the bare engine (Spring): median %s s"
          % (summary["startupSeconds"], summary["startedInSeconds"], summary["startupSecondsOnCopies"],
             summary["bareEngineStartedInSeconds"]))
    print("peak RSS: service %d MB (its flags), bare engine %d MB (the JVM's defaults)    "
          "OptimisticLockingException in the service's logs: %d"
          % (summary["maxRssMb"]["api"], summary["maxRssMb"]["bare"], ole))
    for round_name in rounds:
        r = rounds[round_name]
        print("round %s (%s), lifecycles/s, our API / bare engine of each pair in turn:" % (round_name, ROUND_TITLES[round_name]))
        print("  clients  %s  median API  median bare  median ratio"
              % "  ".join("pair %d       " % (i + 1) for i in range(len(r["pairs"]))))
        for c in r["median"]["api"]:
            print("  %7s  %s  %10.1f  %11.1f  %12.2f" % (
                c, "  ".join("%5.1f / %5.1f" % (p["api"][c], p["bare"][c]) for p in r["pairs"]),
                r["median"]["api"][c], r["median"]["bare"][c], r["median"]["ratio"][c]))
        failed = sum(p["bareFailed"] for p in r["pairs"])
        if failed:
            print("  (%d of the bare engine's lifecycles failed: see its logs)" % failed)
        cpu = r["cpuMsPerLifecycle"]["median"]
        if cpu["api"] or cpu["bare"]:
            print("round %s, CPU ms per lifecycle (user + system, medians of the pairs; a JVM's figure split "
                  "by its threads: calls/jit/gc/other):" % round_name)
            print("  clients  %-34s %8s %8s %8s   %-34s %8s %8s"
                  % ("our service", "database", "Gatling", "server*", "bare engine (its client inside)", "database", "server*"))
            for c in r["median"]["api"]:
                a, b = cpu["api"].get(c, {}), cpu["bare"].get(c, {})
                print("  %7s  %-34s %8s %8s %8s   %-34s %8s %8s" % (
                    c, cpu_cell(a, "service"), cpu_cell(a, "database"), cpu_cell(a, "client"), cpu_cell(a, "server"),
                    cpu_cell(b, "engine"), cpu_cell(b, "database"), cpu_cell(b, "server")))
            print("  (database: PostgreSQL's backends of the side's database, H2 is inside the JVM; server*: "
                  "PostgreSQL's own processes, shared with whatever else uses the server)")
    if "history" in requests:
        print("requests in the history round (counts added up over its runs, percentiles in ms their median):")
        print("%-28s %7s %6s %6s %6s %6s %6s" % ("request", "count", "failed", "p50", "p95", "p99", "max"))
        for name, s in requests["history"].items():
            print("%-28s %7d %6d %6d %6d %6d %6d"
                  % (name, s["count"], s["failed"], s["p50"], s["p95"], s["p99"], s["max"]))
    print("Gatling reports: %s" % ", ".join(os.path.join(report, "index.html") for report in summary["reports"]))


def main():
    if sys.argv[1] == "--pair":
        out, round_name, n, phase = sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
        print(pair_line(round_name, n, *pair(out, round_name, n, phase)))
    else:
        db, out, phase, load_after = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
        summarize(db, out, phase, load_after)


main()
