#!/usr/bin/env bash
# A request's whole life through the API, as a script that checks every step: the admin logs in
# and adds the worker 王师傅, a student and the worker log in with codes read from the local SMS
# outbox (as the admin), the student reports a leak with a photo, and the request goes review →
# assign → refuse → assign → accept → complete → rate, each answer's status checked. It stops at the
# first step that goes wrong, naming it with the HTTP status and the problem's detail.
#
#   scripts/demo.sh                  # against a service started with `mvn spring-boot:run` here
#
# Runs again on the same database: the worker is then found through GET /api/workers?q=, and a
# code asked for within a minute of the last one waits the Retry-After the service answers.
# Needs bash, curl, jq and python3. Environment:
#   BASE_URL                    the service (http://localhost:8080)
#   REPAIR_ADMIN_PASSWORD       the admin's password; when unset, read from
#   REPAIR_ADMIN_PASSWORD_FILE  the file the service wrote at its first start (./data/initial-admin-password)
#   ADMIN_PHONE, WORKER_PHONE, STUDENT_PHONE   (13800000000, 13900000001, 13700000001)
set -euo pipefail

BASE_URL=${BASE_URL:-http://localhost:8080}
B=${BASE_URL%/}/api
ADMIN_PHONE=${ADMIN_PHONE:-13800000000}
WORKER_PHONE=${WORKER_PHONE:-13900000001}
STUDENT_PHONE=${STUDENT_PHONE:-13700000001}
PASSWORD_FILE=${REPAIR_ADMIN_PASSWORD_FILE:-./data/initial-admin-password}

for tool in curl jq python3; do
  command -v "$tool" > /dev/null || { echo "demo.sh: $tool is needed" >&2; exit 2; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

STEP="start"
BODY=""
STATUS=""

fail() {
  echo "demo.sh: FAILED at step '$STEP': $*" >&2
  exit 1
}

# The problem+json detail and field errors of the last answer, or the start of its body.
problem() {
  jq -r '[.detail // .title // empty, ((.errors // [])[] | "\(.field): \(.message)")] | join("; ")' \
    <<< "$BODY" 2> /dev/null || head -c 300 <<< "$BODY"
}

# api EXPECTED METHOD PATH [curl arguments...]: the answer's body in $BODY, its status in $STATUS;
# fails the step unless the status is one of EXPECTED (comma-separated).
api() {
  local expected=$1 method=$2 path=$3
  shift 3
  STATUS=$(curl -sS -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -X "$method" "$B$path" "$@" 2> "$WORK/error") \
    || fail "$method $B$path: no answer ($(cat "$WORK/error"))"
  BODY=$(cat "$WORK/body")
  [[ ",$expected," == *",$STATUS,"* ]] || fail "$method $path answered HTTP $STATUS (expected $expected): $(problem)"
}

json() { jq -r "$1" <<< "$BODY"; }

# expect_status WANTED: the request in the last answer is now in that status.
expect_status() {
  local status
  status=$(json .status)
  [[ $status == "$1" ]] || fail "the request is $status, expected $1"
  echo "ok  $STEP: $status"
}

# login_by_code PHONE: asks for a code, reads it from the outbox as the admin, logs in; prints the token.
login_by_code() {
  local phone=$1 wait code
  api 202,429 POST /auth/sms-code -H 'Content-Type: application/json' -d "$(jq -nc --arg p "$phone" '{phone: $p}')"
  if [[ $STATUS == 429 ]]; then
    # A code was sent to this phone moments ago (the last run): wait as the app makes people wait.
    wait=$(tr -d '\r' < "$WORK/headers" | awk 'tolower($1) == "retry-after:" {print $2}')
    [[ $wait =~ ^[0-9]+$ && $wait -le 90 ]] || fail "no code for $phone: HTTP 429 $(problem) (Retry-After ${wait:-none}; try another phone)"
    echo "..  $STEP: waiting ${wait}s before asking for another code ($(problem))" >&2
    sleep "$wait"
    api 202 POST /auth/sms-code -H 'Content-Type: application/json' -d "$(jq -nc --arg p "$phone" '{phone: $p}')"
  fi
  api 200 GET "/dev/sms?phone=$phone" -H "Authorization: Bearer $ADMIN"
  code=$(json '[.[] | select(.template == "LOGIN_CODE")][0].params[0] // empty')
  [[ $code =~ ^[0-9]{6}$ ]] || fail "no login code for $phone in /api/dev/sms"
  api 200 POST /auth/login -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg p "$phone" --arg c "$code" '{phone: $p, code: $c}')"
  json .token
}

# act TOKEN ACTION [JSON]: POST /requests/$ID/ACTION as the holder of TOKEN.
act() {
  local data='{}'
  if [[ $# -ge 3 ]]; then data=$3; fi
  api 200 POST "/requests/$ID/$2" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$data"
}

STEP="the admin logs in"
PASSWORD=${REPAIR_ADMIN_PASSWORD:-}
if [[ -z $PASSWORD ]]; then
  [[ -r $PASSWORD_FILE ]] || fail "set REPAIR_ADMIN_PASSWORD, or REPAIR_ADMIN_PASSWORD_FILE to the file the service wrote at its first start (not found: $PASSWORD_FILE)"
  PASSWORD=$(tr -d '\r\n' < "$PASSWORD_FILE")
fi
api 200 POST /auth/login -H 'Content-Type: application/json' \
  -d "$(jq -nc --arg p "$ADMIN_PHONE" --arg w "$PASSWORD" '{phone: $p, password: $w}')"
ADMIN=$(json .token)
[[ $(json .user.role) == ADMIN ]] || fail "$ADMIN_PHONE is not an admin"
echo "ok  $STEP: $ADMIN_PHONE"

STEP="the admin adds the worker"
api 201,409 POST /staff -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "$(jq -nc --arg p "$WORKER_PHONE" '{phone: $p, name: "王师傅", role: "WORKER", specialties: ["WATER_ELECTRIC"]}')"
if [[ $STATUS == 201 ]]; then
  WORKER_ID=$(json .id)
else
  # The phone has an account already (an earlier run): find the worker among the workers.
  api 200 GET "/workers?q=$WORKER_PHONE" -H "Authorization: Bearer $ADMIN"
  WORKER_ID=$(jq -r --arg p "$WORKER_PHONE" '[.items[] | select(.phone == $p)][0].id // empty' <<< "$BODY")
  [[ -n $WORKER_ID ]] || fail "$WORKER_PHONE has an account that is not a worker's; set WORKER_PHONE to another number"
fi
echo "ok  $STEP: worker $WORKER_ID ($WORKER_PHONE)"

STEP="the student logs in with a code from the outbox"
STU=$(login_by_code "$STUDENT_PHONE")
echo "ok  $STEP: $STUDENT_PHONE"
STEP="the worker logs in with a code from the outbox"
W=$(login_by_code "$WORKER_PHONE")
echo "ok  $STEP: $WORKER_PHONE"

STEP="the student uploads a photo"
# A real 8×8 grey JPEG (the service checks a file's bytes, not its name).
python3 - "$WORK/leak.jpg" <<'PY'
import struct, sys
def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload
jpeg = (b"\xff\xd8"
        + segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
        + segment(0xDB, b"\x00" + bytes([1] * 64))                                  # quantisation table
        + segment(0xC0, b"\x08" + struct.pack(">HH", 8, 8) + b"\x01\x01\x11\x00")   # 8x8, one grey component
        + segment(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00")                  # DC table: one code
        + segment(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")                  # AC table: end of block
        + segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
        + b"\x3f"                                                                   # DC 0, end of block
        + b"\xff\xd9")
open(sys.argv[1], "wb").write(jpeg)
PY
api 201 POST /attachments -H "Authorization: Bearer $STU" -F "file=@$WORK/leak.jpg;type=image/jpeg"
PHOTO=$(json .id)
[[ $(json .contentType) == image/jpeg ]] || fail "the photo was stored as $(json .contentType)"
echo "ok  $STEP: attachment $PHOTO"

STEP="the student reports the leak"
KEY=$(python3 -c 'import uuid; print(uuid.uuid4())')
api 201 POST /requests -H "Authorization: Bearer $STU" -H 'Content-Type: application/json' -H "Idempotency-Key: $KEY" \
  -d "$(jq -nc --arg photo "$PHOTO" \
    '{categoryCode: "WATER_ELECTRIC", description: "水龙头漏水", location: {building: "7号楼", room: "301"}, attachmentIds: [$photo]}')"
ID=$(json .id)
expect_status PENDING_REVIEW

STEP="the admin accepts the report"
act "$ADMIN" review '{"decision":"ACCEPT"}'
expect_status AWAITING_DISPATCH
STEP="the admin assigns the worker"
act "$ADMIN" assign "$(jq -nc --arg w "$WORKER_ID" '{workerId: $w}')"
expect_status ASSIGNED
STEP="the worker refuses"
act "$W" refuse '{"reason":"没带工具"}'
expect_status AWAITING_DISPATCH
STEP="the admin assigns the worker again"
act "$ADMIN" assign "$(jq -nc --arg w "$WORKER_ID" '{workerId: $w}')"
expect_status ASSIGNED
STEP="the worker accepts"
act "$W" accept
expect_status IN_PROGRESS
STEP="the worker completes"
act "$W" complete '{"note":"换了阀芯"}'
expect_status AWAITING_RATING
STEP="the student rates"
act "$STU" rate '{"result":5,"efficiency":5}'
expect_status CLOSED

STEP="the student reads the request"
api 200 GET "/requests/$ID" -H "Authorization: Bearer $STU"
expect_status CLOSED
jq -r '.history[] | "    \(.action)\(if .note then " · " + .note else "" end)"' <<< "$BODY"

STEP="the student's text messages arrive"
# Texts go out after each action commits: give them a few seconds.
for _ in $(seq 1 60); do
  api 200 GET "/dev/sms?phone=$STUDENT_PHONE" -H "Authorization: Bearer $ADMIN"
  # Newest first: this run's texts are those after the student's login code.
  TEXTS=$(jq -c '(map(.template == "LOGIN_CODE") | index(true)) as $code | if $code == null then . else .[:$code] end' <<< "$BODY")
  if jq -e 'any(.[]; .template == "REPAIR_COMPLETED") and any(.[]; .template == "REQUEST_ACCEPTED")' <<< "$TEXTS" > /dev/null; then
    jq -r 'reverse[] | "    \(.template): \(.text)"' <<< "$TEXTS"
    echo "ok  $STEP"
    echo "The whole lifecycle works: request $ID is CLOSED."
    exit 0
  fi
  sleep 0.5
done
fail "no REQUEST_ACCEPTED and REPAIR_COMPLETED texts for $STUDENT_PHONE in /api/dev/sms within 30 s"
