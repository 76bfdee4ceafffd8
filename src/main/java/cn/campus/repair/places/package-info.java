/**
 * Places: areas (campuses), buildings, rooms and the equipment in them, managed by admins one by one
 * or imported from a spreadsheet; QR labels that open a report already knowing its room. Other
 * features resolve the place a request names through {@link cn.campus.repair.places.Places}.
 */
package cn.campus.repair.places;
