/**
 * Sending the right worker: the worker list admins filter (specialty, current load, rating), each
 * worker's running rating totals, and the Tasklist assign form's worker choices.
 */
package cn.campus.repair.dispatch;
