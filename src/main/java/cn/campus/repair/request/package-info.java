/**
 * Repair requests: the REST API of the contract, the read model ({@code repair_request} and its
 * history) that follows the process, list queries per role, and idempotent submission. Other
 * features read requests through {@link cn.campus.repair.request.RequestDirectory} and hear of them
 * through its events.
 */
package cn.campus.repair.request;
