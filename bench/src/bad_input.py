"""Bad-input sweep: malformed and hostile requests across the endpoints. Every case must be answered with its
expected 4xx (or, for hostile but valid data, stored as plain text and shown escaped), a clear message in a
JSON body for the API, never a 500 or a stack trace; registrations that were refused must not be stored.
Usage: python3 bad_input.py BASE_URL ORGANIZER PASSWORD DATABASE   (prints one line per case, then a summary)"""
import base64
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request

BASE, ORGANIZER, PASSWORD, DB = sys.argv[1:5]
SLUG = "dlt-integration-2016"
REG = f"/api/conferences/{SLUG}/registrations"
CONSENT = {"privacyPolicyVersion": "2026-01", "listInParticipants": True}
results = []


def person(**fields):
    body = {"category": "GUEST", "title": "Dr.", "firstName": "Erika", "lastName": "Mustermann",
            "office": "Integrationsbeauftragte", "organisation": "Landkreis Harz", "email": "erika@example.org",
            "locale": "de", "consent": CONSENT}
    body.update(fields)
    return body


def call(method, path, body=None, auth=None, content_type="application/json", raw=None, headers=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(BASE + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", content_type)
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode())
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode("utf-8", "replace"), dict(response.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace"), dict(e.headers)


def db(sql):
    return subprocess.run(["psql", "-d", DB, "-tAc", sql], check=True, capture_output=True, text=True).stdout.strip()


def registrations():
    return int(db(f"select count(*) from registration r join conference c on c.id = r.conference_id "
                  f"where c.slug = '{SLUG}'"))


def case(name, expected, method, path, body=None, field=None, json_body=None, **kw):
    json_body = path.startswith("/api") if json_body is None else json_body
    status, text, _ = call(method, path, body, **kw)
    problems = []
    if status not in expected:
        problems.append(f"status {status}, expected {sorted(expected)}")
    if status >= 500:
        problems.append("server error")
    if re.search(r"\.java:\d+\)|Caused by:|^\s+at [a-z]+\.", text, re.M) or (json_body and "Exception" in text):
        problems.append("stack trace or exception name in the body")
    if json_body and status >= 400:
        try:
            answer = json.loads(text)
            if answer.get("status") != status or not (answer.get("message") or answer.get("errors")):
                problems.append("JSON body without status and message")
            if field and field not in [e.get("field") for e in answer.get("errors", [])]:
                problems.append(f"field {field} not named: {text[:200]}")
        except ValueError:
            problems.append(f"not JSON: {text[:120]}")
    results.append((name, status, problems))
    return status, text


ORG = (ORGANIZER, PASSWORD)
before = registrations()
accepted = 0

# registration bodies
case("body is not JSON", {400}, "POST", REG, raw=b"name=erika&email=x")
case("body is a JSON array", {400, 422}, "POST", REG, raw=b"[1,2,3]")
status, _ = case("firstName is a number (taken as text)", {201, 400, 422}, "POST", REG,
                 person(firstName=123, email="number@example.org"))
accepted += status == 201
case("consent is a string", {400, 422}, "POST", REG, person(consent="yes"))
case("empty first name", {422}, "POST", REG, person(firstName=""), field="firstName")
case("300-character last name", {422}, "POST", REG, person(lastName="M" * 300), field="lastName")
case("malformed e-mail", {422}, "POST", REG, person(email="erika@@example"), field="email")
case("e-mail with CR/LF header injection", {422}, "POST", REG, person(email="erika@example.org\r\nBcc: x@evil.example"), field="email")
case("unknown category", {422}, "POST", REG, person(category="KAISER"), field="category")
case("missing consent", {422}, "POST", REG, person(consent=None))
case("invitation-only category without code", {403}, "POST", REG, person(category="MINISTER_BUND"))
case("forged invitation code", {403, 422}, "POST", REG, person(category="LANDRAT", invitationCode="forged-code-0000000000"))
case("NUL byte in a name", {422}, "POST", REG, person(firstName="Eri\u0000ka", email="nul@example.org"), field="firstName")
case("2 MB body", {400, 413, 422}, "POST", REG, person(office="x" * 2_000_000))
case("deeply nested JSON", {400, 422}, "POST", REG, raw=b"[" * 5000 + b"]" * 5000)
case("wrong content type", {415}, "POST", REG, raw=b"<registration/>", content_type="application/xml")
case("unknown conference", {404}, "POST", "/api/conferences/gibt-es-nicht/registrations", person())
case("SQL metacharacters in the slug", {404}, "GET", "/api/conferences/x'%20OR%20'1'='1")
# the container refuses encoded slashes before JAX-RS sees the path: its 404 is the HTML error page
case("path traversal in the slug", {400, 404}, "GET", "/api/conferences/..%2F..%2Fetc%2Fpasswd", json_body=False)
status, _ = case("HTML in a name is stored as text", {201}, "POST", REG,
                 person(firstName="<script>alert(1)</script>", lastName="<b>Fett</b>", email="xss@example.org"))
accepted += status == 201
status, _ = case("CSV formula in the organisation is stored as text", {201}, "POST", REG,
                 person(organisation="=HYPERLINK(\"http://evil.example\")", email="formula@example.org"))
accepted += status == 201
case("duplicate registration", {409}, "POST", REG, person(email="XSS@example.org "))

# tokens
case("forged manage token", {404}, "GET", "/api/registrations/self/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
case("forged manage token on cancel", {404}, "DELETE", "/api/registrations/self/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
case("forged confirm token", {404, 409, 422}, "POST", "/api/registrations/confirm", {"token": "forged"})
case("missing confirm token", {400, 422}, "POST", "/api/registrations/confirm", {})

# organizer API
case("organizer list without sign-in", {401}, "GET", REG)
case("organizer list with a wrong password", {401}, "GET", REG, auth=(ORGANIZER, "wrong"))
case("speaker calls the organizer list", {403}, "GET", REG, auth=("reuss@podium.example", PASSWORD))
case("SQL metacharacters in the search", {200}, "GET", REG + "?q=%27%20OR%201%3D1%20--", auth=ORG)
case("unknown status filter", {400, 422}, "GET", REG + "?status=ALL%27--", auth=ORG)
case("approve an id of no registration", {404}, "POST", REG + "/999999999/approve", auth=ORG)
case("check-in of an unknown code", {404}, "POST", f"/api/conferences/{SLUG}/checkins", {"code": "nope"}, auth=ORG)
case("check-in without sign-in", {401}, "POST", f"/api/conferences/{SLUG}/checkins", {"code": "nope"})
conference = {"slug": "bad-dates", "title": "Termine", "city": "Kiel", "timeZone": "Europe/Berlin",
              "startsAt": "2027-13-45T09:00:00+01:00", "endsAt": "2027-03-11T16:00:00+01:00", "capacity": 10,
              "doubleOptIn": True, "categories": [], "tracks": []}
case("invalid date", {400, 422}, "POST", "/api/conferences", conference, auth=ORG)
conference.update(startsAt="2027-03-12T09:00:00+01:00")
case("conference ends before it starts", {422}, "POST", "/api/conferences", conference, auth=ORG, field="endsAt")
conference.update(startsAt="2027-03-10T09:00:00+01:00", timeZone="Mars/Olympus")
case("unknown time zone", {422}, "POST", "/api/conferences", conference, auth=ORG, field="timeZone")
conference.update(timeZone="Europe/Berlin", capacity=99999999999)
case("capacity out of range", {400, 422}, "POST", "/api/conferences", conference, auth=ORG)
case("talk with a negative duration", {422}, "POST", f"/api/conferences/{SLUG}/talks",
     {"title": "Kurz", "durationMinutes": -5, "language": "de", "speakers": []}, auth=ORG, field="durationMinutes")
case("slot in an unknown room", {404, 422}, "PUT", f"/api/conferences/{SLUG}/talks/999999/slot",
     {"roomId": 999999, "start": "2016-12-16T10:00:00+01:00"}, auth=ORG)
case("method not allowed", {405}, "PATCH", "/api/conferences", {})

# pages and forms
status, text, _ = call("POST", "/login", raw=b"j_username=organizer%40podium.example&j_password=x",
                       content_type="application/x-www-form-urlencoded")
# without the view state JSF renders the form afresh; a post that did not come from Podium's own page (no Origin, as
# here) is refused by the same-origin guard with its explanation: either way nobody is signed in, nothing changes
refused = status == 403 and "Formular" in text
results.append(("sign-in form post without view state", status,
                 [] if (status in (200, 400) and "password" in text) or refused else [f"status {status}"]))

# what was stored
after = registrations()
stored_problems = [] if after == before + accepted else [f"{after - before} registrations stored, {accepted} accepted"]
token = db("select manage_token from registration where email = 'xss@example.org'")
status, page, _ = call("GET", f"/registrations/self/{token}")
if "<script>alert(1)</script>" in page or "<b>Fett</b>" in page:
    stored_problems.append("HTML of a name reached the manage page unescaped")
status, csv, _ = call("GET", REG + "/export.csv", auth=ORG)
if "=HYPERLINK" in csv.replace("'=HYPERLINK", ""):
    stored_problems.append("CSV export starts a cell with =")
results.append(("stored data: refused inputs absent, hostile text escaped", 200, stored_problems))

failed = 0
for name, status, problems in results:
    failed += bool(problems)
    print(("ok   " if not problems else "FAIL ") + f"{status} {name}" + ("" if not problems else ": " + "; ".join(problems)))
print(json.dumps({"cases": len(results), "passed": len(results) - failed, "failed": failed}))
sys.exit(1 if failed else 0)
