"""Prints the figures of a benchmark/run.sh run and writes them to <out>/summary.json.

usage: summarize.py DB OUT_DIR PHASE_SECONDS LOAD_AFTER      the whole run
       summarize.py --pair OUT_DIR ROUND N PHASE_SECONDS     one pair, as soon as it has run
Reads, in OUT_DIR/runs/: for each of the service's runs (<round>-<n>-api) Gatling's per-request
statistics (js/stats.js of the report named in report.txt), start-up seconds (startup.txt), the
resident-memory samples (rss-kb.txt) and its log; for each of the bare engine's runs
(<round>-<n>-bare) the result lines it printed (BENCH_RESULT {...}) and its memory samples.
"""
import json
import os
import re
import statistics
import sys

ROUNDS = ("fresh", "history")
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


def api_run(folder, phase):
    """Our API's lifecycles/s by client count (completed ratings of a phase over its length)."""
    report = read(os.path.join(folder, "report.txt")).strip()
    requests = request_stats(report)
    rates = {}
    for name, stats in requests.items():
        match = re.fullmatch(r"c(\d+) rate", name)
        if match:
            rates[match.group(1)] = stats["count"] / phase
    return {"rates": rates, "requests": requests, "report": report,
            "startup": float(read(os.path.join(folder, "startup.txt"))), "rssKb": rss(folder)}


def bare_run(folder):
    """The bare engine's lifecycles/s by thread count, from the result lines it printed."""
    log = read(os.path.join(folder, "bare-engine.log"))
    results = [json.loads(line) for line in RESULT.findall(log)]
    started = re.search(r"Started BareEngineApplication in ([0-9.]+) seconds", log)
    return {"rates": {str(r["threads"]): r["lifecyclesPerSecond"] for r in results},
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


def pair_line(round_name, n, api, bare):
    return "   %s pair %d: %s%s" % (round_name, n, "; ".join(
        "%s clients: API %.1f, bare %.1f /s (%.2f)" % (c, api["rates"][c], bare["rates"][c],
                                                     api["rates"][c] / bare["rates"][c])
        for c in clients_of(api, bare)), "" if not bare["failed"] else "; %d bare lifecycles failed" % bare["failed"])


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
    for round_name in ROUNDS:
        pairs = []
        n = 1
        while os.path.exists(os.path.join(out, "runs", "%s-%d-bare" % (round_name, n))):
            pairs.append(pair(out, round_name, n, phase))
            n += 1
        if not pairs:
            continue  # a round left out (BENCH_ROUNDS)
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
    print("requests in the history round (counts added up over its runs, percentiles in ms their median):")
    print("%-28s %7s %6s %6s %6s %6s %6s" % ("request", "count", "failed", "p50", "p95", "p99", "max"))
    for name, s in requests.get("history", {}).items():
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
