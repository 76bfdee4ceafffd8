/**
 * Text messages: our small {@link cn.campus.repair.sms.SmsSender} interface, its Tencent Cloud and
 * local-outbox implementations, and the templates' texts and Tencent ids from configuration.
 */
package cn.campus.repair.sms;
