/**
 * Cross-cutting HTTP and data concerns: security filter chains, problem+json errors, UTC time
 * conversion for our tables, and sequence-backed ids.
 */
package cn.campus.repair.web;
