"""Draws the key figures of the last H2 and PostgreSQL runs as one SVG (no plotting library needed).

usage: python3 benchmark/plot.py target/bench docs/performance.svg
Left: lifecycles per second at each client count, our API beside the bare engine (history full),
each the median over its round's runs: the round on fresh databases and the round with the history.
Right: p99 of each list endpoint with a million requests in history (median over the runs), against
50 ms.
"""
import json
import os
import sys

COLORS = {"apiFresh": "#aec7e8", "bareFresh": "#ffbb78", "apiHistory": "#1f77b4", "bareHistory": "#ff7f0e",
          "h2": "#2ca02c", "postgres": "#9467bd"}
LABELS = {"apiFresh": "our API, fresh", "bareFresh": "bare engine, fresh",
          "apiHistory": "our API, with history", "bareHistory": "bare engine, with history"}
SERIES = ["apiFresh", "bareFresh", "apiHistory", "bareHistory"]
LISTS = ["list requester mine", "list worker tasks", "list worker open tasks", "list admin all",
         "list admin to review", "list admin closed", "list admin workers"]


def text(x, y, s, size=12, anchor="start", weight="normal", rotate=None):
    transform = ' transform="rotate(%d %d %d)"' % (rotate, x, y) if rotate else ""
    return '<text x="%d" y="%d" font-size="%d" text-anchor="%s" font-weight="%s"%s>%s</text>' % (
        x, y, size, anchor, weight, transform, s)


def bars(out, x0, y0, width, height, groups, series, values, top, title, unit, target=None):
    """Grouped bars: groups on the x axis, one bar per series; values[(group, series)]."""
    out.append(text(x0 + width // 2, y0 - 18, title, 14, "middle", "bold"))
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333"/>' % (x0, y0 + height, x0 + width, y0 + height))
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333"/>' % (x0, y0, x0, y0 + height))
    for i in range(5):
        v = top * i / 4
        y = y0 + height - height * i / 4
        out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#ddd"/>' % (x0, y, x0 + width, y))
        out.append(text(x0 - 6, y + 4, "%g" % round(v, 1), 11, "end"))
    out.append(text(x0 - 40, y0 + height // 2, unit, 12, "middle", rotate=-90))
    slot = width / len(groups)
    bar = slot * 0.8 / len(series)
    for g, group in enumerate(groups):
        for s, name in enumerate(series):
            v = values.get((group, name))
            if v is None:
                continue
            h = min(v, top) / top * height
            x = x0 + g * slot + slot * 0.1 + s * bar
            out.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>'
                       % (x, y0 + height - h, bar - 2, h, COLORS[name]))
            out.append(text(x + bar / 2, y0 + height - h - 3, "%.0f" % v if v >= 10 else "%.1f" % v, 9, "middle"))
        out.append(text(x0 + g * slot + slot / 2, y0 + height + 16, group, 11, "middle"))
    if target is not None:
        y = y0 + height - target / top * height
        out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="red" stroke-dasharray="6 4"/>' % (x0, y, x0 + width, y))
        out.append(text(x0 + width - 4, y - 4, "target %g %s" % (target, unit), 11, "end"))


def main():
    folder, target_file = sys.argv[1], sys.argv[2]
    runs = {db: json.load(open(os.path.join(folder, db, "summary.json")))
            for db in ("h2", "postgres") if os.path.exists(os.path.join(folder, db, "summary.json"))}
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="520" font-family="sans-serif">',
           '<rect width="1100" height="520" fill="white"/>']
    groups, values = [], {}
    for db, run in runs.items():
        for clients in run["rounds"]["history"]["median"]["api"]:
            group = "%s · %s" % ({"h2": "H2", "postgres": "PG"}[db], clients)
            groups.append(group)
            for series in SERIES:
                side, round_name = ("api", series[3:]) if series.startswith("api") else ("bare", series[4:])
                values[(group, series)] = run["rounds"][round_name.lower()]["median"][side].get(clients)
    top = max([v for v in values.values() if v] + [1]) * 1.15
    bars(out, 80, 60, 560, 360, groups, SERIES, values, top,
         "Lifecycles per second, medians (database · clients)", "lifecycles/s")
    for i, name in enumerate(SERIES):
        out.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/>' % (90 + i * 145, 470, COLORS[name]))
        out.append(text(108 + i * 145, 481, LABELS[name], 11))
    groups, values = [], {}
    for name in LISTS:
        short = {"list requester mine": "mine", "list worker tasks": "worker", "list worker open tasks": "worker open",
                 "list admin all": "admin all", "list admin to review": "to review", "list admin closed": "closed",
                 "list admin workers": "workers"}[name]
        groups.append(short)
        for db, run in runs.items():
            stats = run["requests"]["history"].get(name)
            if stats:
                values[(short, db)] = stats["p99"]
    # Taller bars are cut at the top of the axis; their label still says how tall.
    top = 500
    bars(out, 720, 60, 360, 360, groups, list(runs), values, top, "List p99, 1,000,000 requests in history", "ms", 50)
    for i, db in enumerate(runs):
        out.append('<rect x="%d" y="%d" width="12" height="12" fill="%s"/>' % (730 + i * 120, 470, COLORS[db]))
        out.append(text(748 + i * 120, 481, {"h2": "H2", "postgres": "PostgreSQL"}[db], 11))
    loads = "; ".join("%s load %s → %s" % (db, run["load"]["before"], run["load"]["after"]) for db, run in runs.items())
    out.append(text(550, 510, "2 cores; load average before → after each run: %s" % loads, 11, "middle"))
    out.append("</svg>")
    open(target_file, "w", encoding="utf-8").write("\n".join(out))
    print("wrote", target_file)


main()
