package cn.campus.repair.search;

/**
 * The index a search walks, newest first: {@code indexOnly} reads that index alone (to count its
 * entries cheaply), {@code joined} adds each row's request (status, requester) by primary key.
 * The columns fixed by the driver lead the ORDER BY, which changes nothing in the order but lets H2
 * see that the index is already sorted (as the lists do, request.RequestPages).
 */
record Driver(Kind kind, String term, String id, String indexOnly, String joined, String order) {

  enum Kind { TERM, WORKER_TERM, WORKER, REQUESTER, ALL }

  /** The entries of {@code term}, written into the SQL as {@code literal} ({@link TermLiterals}). */
  static Driver term(String term, String literal, RequestSearch.Criteria criteria) {
    String dates = dates(criteria, "d.created_at");
    return new Driver(Kind.TERM, term, "d.request_id",
        " FROM request_search_term d WHERE d.term = " + literal + dates,
        " FROM request_search_term d JOIN repair_request r ON r.id = d.request_id WHERE d.term = " + literal + dates,
        " ORDER BY d.term DESC, d.created_at DESC, d.request_id DESC");
  }

  /**
   * The entries of {@code term} among the requests the worker {@code :personId} was ever given
   * ({@code worker_search_term}): a worker's search walks the shortest of these, never the whole of
   * the worker's list, and needs no check that a row is theirs.
   */
  static Driver workerTerm(String term, String literal, RequestSearch.Criteria criteria) {
    String where = " WHERE d.worker_id = :personId AND d.term = " + literal + dates(criteria, "d.request_created_at");
    return new Driver(Kind.WORKER_TERM, term, "d.request_id",
        " FROM worker_search_term d" + where,
        " FROM worker_search_term d JOIN repair_request r ON r.id = d.request_id" + where,
        " ORDER BY d.worker_id DESC, d.term DESC, d.request_created_at DESC, d.request_id DESC");
  }

  static Driver worker(RequestSearch.Criteria criteria) {
    String dates = dates(criteria, "d.request_created_at");
    return new Driver(Kind.WORKER, null, "d.request_id",
        " FROM request_worker d WHERE d.worker_id = :personId" + dates,
        " FROM request_worker d JOIN repair_request r ON r.id = d.request_id WHERE d.worker_id = :personId" + dates,
        " ORDER BY d.worker_id DESC, d.request_created_at DESC, d.request_id DESC");
  }

  static Driver requester(RequestSearch.Criteria criteria) {
    String from = " FROM repair_request r WHERE r.requester_id = :personId" + dates(criteria, "r.created_at");
    return new Driver(Kind.REQUESTER, null, "r.id", from, from,
        " ORDER BY r.requester_id DESC, r.created_at DESC, r.id DESC");
  }

  static Driver all(RequestSearch.Criteria criteria) {
    String from = " FROM repair_request r WHERE 1 = 1" + dates(criteria, "r.created_at");
    return new Driver(Kind.ALL, null, "r.id", from, from, " ORDER BY r.created_at DESC, r.id DESC");
  }

  private static String dates(RequestSearch.Criteria criteria, String column) {
    return (criteria.from() == null ? "" : " AND " + column + " >= :from")
        + (criteria.until() == null ? "" : " AND " + column + " < :until");
  }
}
