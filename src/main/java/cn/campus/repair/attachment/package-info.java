/**
 * Uploaded photos and voice notes: kept on disk under a configured folder (shared between nodes in
 * a cluster) with server-made names, typed by their bytes, readable only by the people involved.
 */
package cn.campus.repair.attachment;
