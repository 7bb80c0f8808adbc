#!/usr/bin/env python3
"""A client of `attrib serve` using only the Python standard library.

Start the service, then run this with the seed articles:

    go run ./cmd/attrib serve &
    python3 examples/serve/client.py testdata/seeds/*.txt

It posts each file as one document to /v1/extract and prints its
statements, then posts them all to /v1/merge and prints the claims that
more than one document carries. ATTRIB_URL names another address.
"""

import json
import os
import sys
import urllib.error
import urllib.request

BASE = os.environ.get("ATTRIB_URL", "http://127.0.0.1:8080")


def post(path, body, content_type):
    req = urllib.request.Request(BASE + path, data=body, method="POST",
                                 headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        # errors are {"error": "...", "field": "..."}
        detail = json.loads(err.read().decode("utf-8"))
        sys.exit(f"{path}: {err.code}: {detail['error']}")


def main(paths):
    docs = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            name = os.path.splitext(os.path.basename(path))[0]
            docs.append({"id": name, "text": f.read()})

    for doc in docs:
        record = json.loads(post("/v1/extract?min_confidence=0.5",
                                 json.dumps(doc).encode("utf-8"), "application/json"))
        print(f"# {record['doc']} ({record.get('lang', '?')}, {len(record['statements'])} statements)")
        for st in record["statements"]:
            cue = (st.get("cue") or {}).get("text", "")
            print(f"  {st['id']} {st['speaker']['name']} {cue}: {st['content']['clean']}")

    lines = "".join(json.dumps(d) + "\n" for d in docs).encode("utf-8")
    claims = [json.loads(line) for line in post("/v1/merge", lines, "application/x-ndjson").splitlines()]
    shared = [c for c in claims if c["coverage"] > 1]
    print(f"\n{len(claims)} claims, {len(shared)} carried by several documents:")
    for c in shared:
        print(f"  {c['speaker']}: {c['text']} ({', '.join(c['docs'])})")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
