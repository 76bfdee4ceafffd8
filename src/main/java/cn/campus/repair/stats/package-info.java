/**
 * The numbers the logistics office runs on: KPIs over a period (how many, how fast, how well, where
 * and who), the list of requests behind any of them and its exports, for admins under
 * {@code /api/stats}. The KPIs are read from daily rollups ({@code StatsRollups}
 * keeps them in the very transactions that write the request tables, from the request module's
 * events), and from the request tables for what the rollups do not keep (the backlog now, refusal
 * reasons, repeat faults, a worker's filter).
 */
package cn.campus.repair.stats;
