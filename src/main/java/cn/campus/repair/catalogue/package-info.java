/** Repair categories and the hotline to call for each, from configuration. */
package cn.campus.repair.catalogue;
