#!/usr/bin/env python3
"""The office's numbers under load: every /api/stats call's latency for a month and a year of
history, and an export of ~100,000 rows (xlsx and CSV) with the service's peak resident memory.

Run against a service on a database the history loader filled (benchmark/README.md#the-offices-numbers):

    python3 benchmark/stats_bench.py --base http://127.0.0.1:18691 --password "$PW" --pid "$SERVICE_PID"

Calls are made one at a time, as the office's dashboard makes them (each call after the one
before), after unmeasured warm-up calls (--warmup, three by default). Prints JSON, with the
machine's load average (1 minute) as each figure was finished: on a shared machine, read a figure
with the load beside it.
"""
import argparse
import datetime
import json
import math
import os
import statistics
import time
import urllib.request

CALLS = ["overview", "backlog", "flow", "durations", "service-levels", "categories", "buildings",
         "workers", "refusals", "repeats", "requests"]


def login(base, phone, password):
    body = json.dumps({"phone": phone, "password": password}).encode()
    request = urllib.request.Request(base + "/api/auth/login", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)["token"]


def get(base, token, path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=600) as response:
        size = 0
        while True:
            chunk = response.read(1 << 16)
            if not chunk:
                break
            size += len(chunk)
    return time.perf_counter() - started, size


def rss_peak_kb(pid):
    """The process's peak resident set so far (VmHWM), in kB; the kernel keeps it for its whole life."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None


def percentile(values, share):
    """Nearest rank: the smallest value at least `share` of the values are not above."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered))) - 1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:18691")
    parser.add_argument("--phone", default="13800000000")
    parser.add_argument("--password", required=True)
    parser.add_argument("--pid", type=int)
    parser.add_argument("--calls", type=int, default=30, help="measured calls per endpoint and period")
    parser.add_argument("--warmup", type=int, default=3, help="unmeasured calls before them")
    parser.add_argument("--month", default=None, help="YYYY-MM (default: last month)")
    parser.add_argument("--export-days", type=int, default=146, help="days whose requests are exported")
    args = parser.parse_args()
    token = login(args.base, args.phone, args.password)
    today = datetime.date.today()
    last_month_end = today.replace(day=1) - datetime.timedelta(days=1)
    month_start = datetime.date.fromisoformat(args.month + "-01") if args.month else last_month_end.replace(day=1)
    month_end = (month_start.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
    periods = {"month": (month_start, month_end), "year": (today - datetime.timedelta(days=364), today)}
    result = {"calls": args.calls, "warmup": args.warmup, "periods": {k: [str(a), str(b)] for k, (a, b) in periods.items()}, "latency_ms": {}}
    for name, (start, end) in periods.items():
        for call in CALLS:
            path = f"/api/stats/{call}?from={start}&to={end}"
            for _ in range(args.warmup):
                get(args.base, token, path)
            times = [get(args.base, token, path)[0] * 1000 for _ in range(args.calls)]
            result["latency_ms"][f"{name} {call}"] = {
                "p50": round(statistics.median(times), 1), "p99": round(percentile(times, 0.99), 1),
                "max": round(max(times), 1), "load": round(os.getloadavg()[0], 1)}
            print(name, call, result["latency_ms"][f"{name} {call}"], flush=True)
    start = today - datetime.timedelta(days=args.export_days + 30)
    end = start + datetime.timedelta(days=args.export_days - 1)
    query = f"from={start}&to={end}&measure=RECEIVED"
    with urllib.request.urlopen(urllib.request.Request(
            f"{args.base}/api/stats/requests?{query}&size=1", headers={"Authorization": "Bearer " + token})) as r:
        rows = json.load(r)["total"]
    result["export"] = {"rows": rows, "period": [str(start), str(end)]}
    for kind in ("csv", "xlsx"):
        before = rss_peak_kb(args.pid) if args.pid else None
        seconds, size = get(args.base, token, f"/api/stats/requests.{kind}?{query}")
        after = rss_peak_kb(args.pid) if args.pid else None
        result["export"][kind] = {"seconds": round(seconds, 2), "bytes": size, "load": round(os.getloadavg()[0], 1),
                                  "peak_rss_mb_before": before and round(before / 1024), "peak_rss_mb_after": after and round(after / 1024)}
        print(kind, result["export"][kind], flush=True)
    result["load_at_end"] = [round(v, 1) for v in os.getloadavg()]
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
