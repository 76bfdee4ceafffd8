/**
 * Running the office's staff: the staff list and its search, adding (one by one or imported from a
 * spreadsheet), editing and deactivating workers and admins, handing a departed person's open steps
 * to someone else, and the audit log of every such change.
 */
package cn.campus.repair.staff;
