/**
 * Text messages: {@link cn.campus.repair.sms.OutgoingSms} queues a message in the caller's
 * transaction; a dispatcher on every node sends the queue; a message in trouble becomes an {@code
 * sms-delivery} process instance (retries, then an incident). Senders: Tencent Cloud, or the local
 * outbox of the embedded default. Templates' texts and Tencent ids come from configuration.
 */
package cn.campus.repair.sms;
