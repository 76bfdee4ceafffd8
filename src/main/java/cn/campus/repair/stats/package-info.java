/**
 * The numbers the logistics office runs on: KPIs over a period (how many, how fast, how well, where
 * and who), the list of requests behind any of them and its exports, for admins under
 * {@code /api/stats}. Everything is read from the request tables as they stand; nothing is kept
 * apart from them, so a number never disagrees with the requests it counts.
 */
package cn.campus.repair.stats;
