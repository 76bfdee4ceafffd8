-- Places: areas (campuses), buildings, rooms and the equipment in them. A floor is a room's label
-- ("3", "B1"), not a table: nothing is said about a floor but its rooms. Nothing is ever deleted:
-- retiring keeps the place (and the requests that name it) and only stops new reports there.
CREATE SEQUENCE place_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE place_area (
  id          VARCHAR(20)   NOT NULL PRIMARY KEY,
  name        ${text}(50)   NOT NULL,
  retired     INT           DEFAULT 0 NOT NULL,
  created_at  ${timestamp}  NOT NULL,
  updated_at  ${timestamp}  NOT NULL,
  CONSTRAINT uq_place_area_name UNIQUE (name)
);

CREATE TABLE place_building (
  id          VARCHAR(20)   NOT NULL PRIMARY KEY,
  area_id     VARCHAR(20)   NOT NULL,
  name        ${text}(100)  NOT NULL,
  kind        VARCHAR(20)   NOT NULL,
  latitude    DOUBLE PRECISION,
  longitude   DOUBLE PRECISION,
  retired     INT           DEFAULT 0 NOT NULL,
  created_at  ${timestamp}  NOT NULL,
  updated_at  ${timestamp}  NOT NULL,
  CONSTRAINT uq_place_building_name UNIQUE (area_id, name)
);

CREATE TABLE place_room (
  id           VARCHAR(20)   NOT NULL PRIMARY KEY,
  building_id  VARCHAR(20)   NOT NULL,
  floor        ${text}(20),
  number       ${text}(50)   NOT NULL,
  name         ${text}(100),
  room_use     ${text}(50),
  retired      INT           DEFAULT 0 NOT NULL,
  created_at   ${timestamp}  NOT NULL,
  updated_at   ${timestamp}  NOT NULL,
  CONSTRAINT uq_place_room_number UNIQUE (building_id, number)
);

CREATE TABLE place_asset (
  id             VARCHAR(20)   NOT NULL PRIMARY KEY,
  room_id        VARCHAR(20)   NOT NULL,
  name           ${text}(100)  NOT NULL,
  category_code  VARCHAR(32),
  model          ${text}(100),
  serial_number  ${text}(100),
  installed_on   DATE,
  retired        INT           DEFAULT 0 NOT NULL,
  created_at     ${timestamp}  NOT NULL,
  updated_at     ${timestamp}  NOT NULL
);
CREATE INDEX ix_place_asset_room ON place_asset (room_id);

-- A request names the place it was reported at. Older requests keep only their text (building,
-- room); a request made at a room keeps the names it had then beside the ids. The ids never change
-- once set, so these indexes cost an insert and nothing per action; each one serves a list that
-- walks it newest first and stops after a page: the building filter, a room's and an asset's history.
ALTER TABLE repair_request ADD building_id VARCHAR(20);
ALTER TABLE repair_request ADD room_id VARCHAR(20);
ALTER TABLE repair_request ADD asset_id VARCHAR(20);
ALTER TABLE repair_request ADD asset_name ${text}(100);
CREATE INDEX ix_repair_request_building ON repair_request (building_id, created_at, id);
CREATE INDEX ix_repair_request_room ON repair_request (room_id, created_at, id);
CREATE INDEX ix_repair_request_asset ON repair_request (asset_id, created_at, id);
