"""Prints the figures of one benchmark run and writes them to <out>/summary.json.

usage: summarize.py DB OUT_DIR GATLING_REPORT_DIR STARTUP_SECONDS LOAD_AFTER PHASE_SECONDS
Reads Gatling's per-request statistics (js/stats.js of the report), the bare engine's results
(raw-engine.json and, for the repeats at 16 clients, repeat-N-raw.json), the resident-memory
samples (rss-kb.txt) and the count of optimistic-locking failures in the service's log.
"""
import json
import os
import re
import sys


def request_stats(report):
    """Every request's statistics from Gatling's stats.js, by request name."""
    text = open(os.path.join(report, "js", "stats.js"), encoding="utf-8").read()
    found = {}
    for match in re.finditer(r"stats: \{", text):
        start = match.end() - 1
        depth = 0
        for end in range(start, len(text)):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                break
        block = json.loads(text[start:end + 1])
        if block["name"].startswith(("warm-up", "bare engine")):
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


def repeats(out, requests, phase):
    """(bare engine, our API) lifecycles/s of each repeat at 16 clients, in the order they ran."""
    found = []
    n = 2
    while os.path.exists(os.path.join(out, "repeat-%d-raw.json" % n)):
        raw = json.load(open(os.path.join(out, "repeat-%d-raw.json" % n)))
        rated = requests.get("c16 repeat %d rate" % n, {"count": 0})["count"]
        found.append((raw["lifecyclesPerSecond"], rated / phase))
        n += 1
    return found


def main():
    db, out, report, startup, load_after, phase = sys.argv[1:7]
    phase = float(phase)
    requests = request_stats(report)
    raw = json.load(open(os.path.join(out, "raw-engine.json")))
    rss = [int(line) for line in open(os.path.join(out, "rss-kb.txt")) if line.strip().isdigit()]
    ole = int(open(os.path.join(out, "optimistic-locking.txt")).read().strip() or 0)
    bare_from, bare_until = (int(open(os.path.join(out, "rss-bare-engines-%s.txt" % mark)).read())
                             for mark in ("from", "until"))
    rss_without_bare_engines = rss[:bare_from] + rss[bare_until:]
    raw_rate = {(r["history"], r["threads"]): r["lifecyclesPerSecond"] for r in raw}
    lifecycle = {}
    for clients in (1, 4, 16):
        rated = requests.get("c%d rate" % clients, {"count": 0})["count"]
        lifecycle[clients] = rated / phase
    pairs = [(raw_rate[("full", 16)], lifecycle[16])] + repeats(out, requests, phase)
    ratios = sorted(api / full for full, api in pairs)
    summary = {
        "database": db,
        "load": {"before": open(os.path.join(out, "load.txt")).read().split(":")[-1].strip(), "after": load_after},
        "startupSeconds": round(float(startup), 2),
        "maxRssMb": round(max(rss) / 1024) if rss else None,
        "maxRssMbOutsideFirstBareEnginePhases": round(max(rss_without_bare_engines) / 1024),
        "optimisticLockingInLog": ole,
        "lifecyclesPerSecond": {"api": lifecycle, "rawFull": {t: raw_rate.get(("full", t)) for t in (1, 4, 16)},
                                "rawNone": {t: raw_rate.get(("none", t)) for t in (1, 4, 16)}},
        "at16": {"pairs": [{"rawFull": full, "api": api} for full, api in pairs],
                 "medianRatio": ratios[len(ratios) // 2]},
        "requests": requests,
        "report": os.path.abspath(report),
    }
    json.dump(summary, open(os.path.join(out, "summary.json"), "w"), indent=2, ensure_ascii=False)

    print("== figures (%s; load before %s, after %s)" % (db, summary["load"]["before"], load_after))
    print("start-up: %.1f s    max RSS: %s MB (%s MB outside the first bare engine phases)    "
          "OptimisticLockingException in the log: %d"
          % (float(startup), summary["maxRssMb"], summary["maxRssMbOutsideFirstBareEnginePhases"], ole))
    print("lifecycles/s     clients  API   raw full  raw none  API/full  API/none")
    for t in (1, 4, 16):
        full, none = raw_rate.get(("full", t)), raw_rate.get(("none", t))
        print("                 %7d %5.1f  %8.1f  %8.1f  %8.2f  %8.2f"
              % (t, lifecycle[t], full, none, lifecycle[t] / full, lifecycle[t] / none))
    print("at 16 clients, alternating (bare engine history full, then our API): %s; median ratio %.2f"
          % (", ".join("%.1f/%.1f" % pair for pair in pairs), summary["at16"]["medianRatio"]))
    print("%-28s %7s %6s %6s %6s %6s %6s" % ("request", "count", "failed", "p50", "p95", "p99", "max"))
    for name, s in requests.items():
        print("%-28s %7d %6d %6d %6d %6d %6d"
              % (name, s["count"], s["failed"], s["p50"], s["p95"], s["p99"], s["max"]))
    print("Gatling report: %s" % os.path.join(os.path.abspath(report), "index.html"))


main()
