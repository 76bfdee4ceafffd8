/**
 * Repair requests: the REST API of the contract, the read model ({@code repair_request} and its
 * history) that follows the process, list queries per role, idempotent submission, the worker
 * directory for dispatch, and what the process's SMS steps say to whom.
 */
package cn.campus.repair.request;
