/**
 * Service metrics for operators: the figures of the running service that Prometheus scrapes from
 * {@code /actuator/prometheus} beside Spring Boot's own (HTTP timings, JVM, pool), and the
 * security of the Actuator endpoints (docs/monitoring.md).
 */
package cn.campus.repair.monitoring;
