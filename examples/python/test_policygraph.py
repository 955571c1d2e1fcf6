"""Checks the example client against a running policygraph that has
examples/stories loaded; POLICYGRAPH_URL names its endpoint. The Go test
TestPythonClient in cmd/policygraph starts one and runs this file."""

import contextlib
import io
import os
import unittest

import policygraph

URL = os.environ.get("POLICYGRAPH_URL", "http://127.0.0.1:8080/graphql")


class ClientTest(unittest.TestCase):
    def setUp(self):
        self.pg = policygraph.Client(URL)

    def test_paginate_follows_cursors(self):
        doc = """query($first: Int, $after: String) {
          entities(kind: COUNTRY, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } nodes { id }
          }
        }"""
        total = self.pg.query(doc, {"first": 1})["entities"]["totalCount"]
        ids = [n["id"] for n in self.pg.paginate(doc, "entities", page=2)]
        self.assertGreater(total, 2)
        self.assertEqual(len(ids), total)
        self.assertEqual(len(set(ids)), total)

    def test_proposals_rows(self):
        rows = list(policygraph.proposals(self.pg))
        self.assertTrue(rows)
        for r in rows:
            self.assertTrue(r["proposal"] and r["story"] and r["sentence"], r)
        with_proposer = [r for r in rows if r["proposers"]]
        self.assertTrue(with_proposer)

    def test_filter_narrows(self):
        everything = list(policygraph.proposals(self.pg))
        dated = [r for r in everything if r["date"]]
        self.assertTrue(dated)
        year = dated[0]["date"][:4]
        some = list(policygraph.proposals(self.pg, from_=year + "-01-01", to=year + "-12-31"))
        self.assertTrue(some)
        self.assertLess(len(some), len(everything))
        self.assertTrue(all(r["date"].startswith(year) for r in some))

    def test_errors_carry_their_code(self):
        with self.assertRaises(policygraph.PolicygraphError) as e:
            self.pg.query('{ entity(id: "person/nobody-at-all") { id } }')
        self.assertEqual(e.exception.code, "NOT_FOUND")
        with self.assertRaises(policygraph.PolicygraphError) as e:
            self.pg.query("{ entities(first: 1) { nodes { nosuchfield } } }")
        self.assertEqual(e.exception.code, "GRAPHQL_VALIDATION_FAILED")

    def test_command_line(self):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = policygraph.main(["--url", URL])
        self.assertEqual(code, 0)
        lines = out.getvalue().splitlines()
        self.assertEqual(lines[0], "proposal,date,proposers,recipients,supporters,opponents,story,sentence,id")
        self.assertGreater(len(lines), 1)

    def test_unreachable_service(self):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = policygraph.main(["--url", "http://127.0.0.1:9/graphql"])
        self.assertEqual(code, 1)
        self.assertIn("cannot reach", err.getvalue())


if __name__ == "__main__":
    unittest.main()
