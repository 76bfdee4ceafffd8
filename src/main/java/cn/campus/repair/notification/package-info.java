/**
 * What the model's "send SMS" steps say about a request and to whom (the requester, the worker, the
 * admins, a named list such as the warehouse, or a number), handed to the SMS queue.
 */
package cn.campus.repair.notification;
