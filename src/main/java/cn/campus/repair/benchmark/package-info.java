/**
 * What the benchmark ({@code benchmark/run.sh}) needs inside the service, active only in the
 * {@code benchmark} profile: a fast loader of years of finished requests with their people and
 * tokens, and the same repair lifecycle driven directly on a bare Camunda engine, so the cost of
 * our layer is measured in the same JVM and on the same database server.
 */
package cn.campus.repair.benchmark;
