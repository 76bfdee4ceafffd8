/**
 * Plain helpers every feature uses, with no feature of their own: the domain errors that become
 * problem+json, paging, phone numbers, UTC times for our tables, hashes, sequences, per-transaction
 * memos, racing first inserts, and telling "the database is away" from other failures.
 */
package cn.campus.repair.common;
