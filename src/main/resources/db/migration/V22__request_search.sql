-- Search by anything a person remembers of a request (GET /api/requests?q=): every word and number
-- of its number, phones, requester's name, place and description, and every pair of neighbouring
-- Chinese characters (so 漏水 finds 水龙头漏水 without a word list). A search walks the posting list
-- of its rarest term newest first and probes the others by primary key, on an ordinary B-tree
-- index every database we run on has (docs/office.md#search). Filled at submission; V23 fills it for
-- requests filed before.
CREATE TABLE request_search_term (
  request_id  VARCHAR(20)    NOT NULL,
  term        ${text}(40)    NOT NULL,
  created_at  ${timestamp}   NOT NULL,
  PRIMARY KEY (request_id, term)
);
CREATE INDEX ix_request_search_term ON request_search_term (term, created_at, request_id);
