/**
 * Finding requests: the search terms of each request (its number, phones, requester's name, place
 * and description, in words and pairs of Chinese characters), written when it is filed, and the
 * search over them that the request lists use ({@code GET /api/requests?q=}).
 */
package cn.campus.repair.search;
