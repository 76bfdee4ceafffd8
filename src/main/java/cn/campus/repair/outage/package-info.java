/**
 * Outage notices (停水停电通知): an admin posts one for a building or an area and a category, with its
 * reason and when it ends; requesters see the active ones on their home page and when they start a
 * report there, follow one instead of reporting, and get one text when it is closed or expires.
 */
package cn.campus.repair.outage;
