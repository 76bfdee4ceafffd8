-- Materials: the parts catalogue, the warehouses, stock per warehouse, every movement of stock, and
-- the parts each repair request asked for, was issued, used and returned. Prices are exact decimals
-- (yuan with fen), never floating point. Nothing is deleted: a part is retired, a movement stays.

CREATE TABLE part (
  id          VARCHAR(36)    NOT NULL PRIMARY KEY,
  name        ${text}(60)    NOT NULL,
  spec        ${text}(60)    DEFAULT '' NOT NULL,
  unit        ${text}(10)    NOT NULL,
  unit_price  NUMERIC(12, 2) NOT NULL,
  category    ${text}(30)    DEFAULT '' NOT NULL,
  shelf       ${text}(30)    DEFAULT '' NOT NULL,
  min_stock   INT            DEFAULT 0 NOT NULL,
  retired     INT            DEFAULT 0 NOT NULL,
  created_at  ${timestamp}   NOT NULL,
  updated_at  ${timestamp}   NOT NULL,
  CONSTRAINT uq_part_name_spec UNIQUE (name, spec)
);

CREATE TABLE warehouse (
  id          VARCHAR(36)    NOT NULL PRIMARY KEY,
  name        ${text}(50)    NOT NULL,
  location    ${text}(100)   DEFAULT '' NOT NULL,
  created_at  ${timestamp}   NOT NULL,
  CONSTRAINT uq_warehouse_name UNIQUE (name)
);

-- One row per part and warehouse once stock has moved there. The check is the last line of defence:
-- every decrement is already a conditional UPDATE (quantity >= what leaves). "low" is whether the
-- keepers were told this row fell under the part's minimum; it is set by the decrement that crosses
-- the minimum and cleared by the receipt that lifts it back, so each crossing texts once.
CREATE TABLE stock (
  part_id       VARCHAR(36)   NOT NULL,
  warehouse_id  VARCHAR(36)   NOT NULL,
  quantity      INT           NOT NULL,
  low           INT           DEFAULT 0 NOT NULL,
  updated_at    ${timestamp}  NOT NULL,
  PRIMARY KEY (part_id, warehouse_id),
  CONSTRAINT ck_stock_not_negative CHECK (quantity >= 0)
);

-- Kinds: RECEIPT (stock in), ISSUE (to a request), RETURN (unused, back from a request), ADJUSTMENT
-- (after a count). quantity is the signed change, balance the stock after it, unit_price the price
-- it moved at (a request's price when asked for issues and returns): the cost report sums it.
CREATE TABLE stock_movement (
  id            VARCHAR(36)   NOT NULL PRIMARY KEY,
  part_id       VARCHAR(36)   NOT NULL,
  warehouse_id  VARCHAR(36)   NOT NULL,
  kind          VARCHAR(12)   NOT NULL,
  quantity      INT           NOT NULL,
  balance       INT           NOT NULL,
  unit_price    NUMERIC(12, 2) NOT NULL,
  request_id    VARCHAR(36),
  actor_id      VARCHAR(20),
  actor_name    ${text}(50)   NOT NULL,
  note          ${text}(200),
  at            ${timestamp}  NOT NULL
);
CREATE INDEX ix_stock_movement_at ON stock_movement (at, id);
CREATE INDEX ix_stock_movement_part ON stock_movement (part_id, at);
CREATE INDEX ix_stock_movement_kind ON stock_movement (kind, at);

-- The parts a request asked for: a catalogue part (part_id, its price when asked) or a free text for
-- something the catalogue lacks. State: REQUESTED, ISSUED, REFUSED (the approval said no), DONE
-- (the worker recorded what was used; the rest went back).
CREATE TABLE request_part (
  id            VARCHAR(36)    NOT NULL PRIMARY KEY,
  request_id    VARCHAR(36)    NOT NULL,
  part_id       VARCHAR(36),
  free_text     ${text}(100),
  quantity      INT            NOT NULL,
  unit_price    NUMERIC(12, 2),
  warehouse_id  VARCHAR(36),
  issued        INT            DEFAULT 0 NOT NULL,
  used          INT,
  state         VARCHAR(12)    NOT NULL,
  requested_by  VARCHAR(20)    NOT NULL,
  requested_at  ${timestamp}   NOT NULL
);
CREATE INDEX ix_request_part_request ON request_part (request_id, requested_at);
CREATE INDEX ix_request_part_state ON request_part (state, requested_at);
