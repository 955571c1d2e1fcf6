"""A small client for policygraph's GraphQL API, for notebooks and scripts.

Only the Python standard library is needed. In a notebook:

    from policygraph import Client, proposals
    import pandas as pd

    pg = Client("http://127.0.0.1:8080/graphql")
    df = pd.DataFrame(proposals(pg, country="country/france"))

From a shell, the same table as CSV:

    python3 policygraph.py --url http://127.0.0.1:8080/graphql --country country/france
"""

import argparse
import csv
import json
import sys
import urllib.error
import urllib.request


class PolicygraphError(Exception):
    """The service answered with GraphQL errors. code is the first one's
    extensions.code (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, ...)."""

    def __init__(self, errors):
        self.errors = errors
        first = errors[0] if errors else {}
        self.code = (first.get("extensions") or {}).get("code")
        super().__init__("%s: %s" % (self.code, first.get("message")))


class Client:
    """Sends GraphQL documents to one policygraph endpoint."""

    def __init__(self, url="http://127.0.0.1:8080/graphql", token=None, timeout=30):
        self.url = url
        self.token = token
        self.timeout = timeout

    def query(self, document, variables=None):
        """Runs one document and returns its data; raises PolicygraphError
        when the answer has errors."""
        body = json.dumps({"query": document, "variables": variables or {}}).encode("utf-8")
        req = urllib.request.Request(self.url, data=body, method="POST")
        req.add_header("Content-Type", "application/json")
        req.add_header("Accept", "application/graphql-response+json, application/json")
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                answer = json.load(resp)
        except urllib.error.HTTPError as e:
            # GraphQL over HTTP answers errors with 4xx and a JSON body.
            try:
                answer = json.load(e)
            except ValueError:
                raise e from None
        if answer.get("errors"):
            raise PolicygraphError(answer["errors"])
        return answer["data"]

    def paginate(self, document, field, variables=None, page=50):
        """Yields every node of the Relay connection named field, following
        its cursors. The document must take $first and $after and select
        pageInfo { hasNextPage endCursor } and nodes."""
        variables = dict(variables or {}, first=page, after=None)
        while True:
            conn = self.query(document, variables)[field]
            yield from conn["nodes"]
            if not conn["pageInfo"]["hasNextPage"]:
                return
            variables["after"] = conn["pageInfo"]["endCursor"]


PROPOSALS = """
query Proposals($where: ProposalFilter, $first: Int, $after: String) {
  proposals(where: $where, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      name
      date
      proposers { name }
      recipients { name }
      supporters { name }
      opponents { name }
      evidence { story { id } sentence }
    }
  }
}
"""


def proposals(client, **where):
    """Who proposed what to whom, backed and opposed by whom: one row per
    proposal, with the first sentence that states it. where takes the
    fields of ProposalFilter (proposer, recipient, country, topic, text,
    from_ and to; ids are entity ids such as "country/france")."""
    if "from_" in where:
        where["from"] = where.pop("from_")
    names = lambda xs: "; ".join(x["name"] for x in xs)
    for p in client.paginate(PROPOSALS, "proposals", {"where": where or None}):
        first = p["evidence"][0] if p["evidence"] else {"story": {"id": ""}, "sentence": ""}
        yield {
            "proposal": p["name"],
            "date": p["date"] or "",
            "proposers": names(p["proposers"]),
            "recipients": names(p["recipients"]),
            "supporters": names(p["supporters"]),
            "opponents": names(p["opponents"]),
            "story": first["story"]["id"],
            "sentence": first["sentence"],
            "id": p["id"],
        }


def main(argv=None):
    ap = argparse.ArgumentParser(description="Print policygraph's proposals as CSV.")
    ap.add_argument("--url", default="http://127.0.0.1:8080/graphql")
    ap.add_argument("--country", help="proposed by this country or someone holding office for it")
    ap.add_argument("--proposer")
    ap.add_argument("--topic")
    ap.add_argument("--text")
    ap.add_argument("--from", dest="from_")
    ap.add_argument("--to")
    args = ap.parse_args(argv)
    where = {k: v for k, v in vars(args).items() if k != "url" and v}
    try:
        rows = list(proposals(Client(args.url), **where))
    except PolicygraphError as e:
        print("policygraph:", e, file=sys.stderr)
        return 1
    except urllib.error.URLError as e:
        print("policygraph: cannot reach %s: %s" % (args.url, e.reason), file=sys.stderr)
        return 1
    out = csv.DictWriter(sys.stdout, ["proposal", "date", "proposers", "recipients", "supporters", "opponents", "story", "sentence", "id"])
    out.writeheader()
    out.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
