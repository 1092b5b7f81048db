"""Prints a JMH sample-mode result (JSON) as the Markdown table of docs/performance.md: one row
per value of a parameter, with its median and 90th percentile in ms."""
import argparse
import json


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("json", help="JMH's -rf json output")
    ap.add_argument("--param", default="code", help="the @Param whose values name the rows")
    ap.add_argument("--header", required=True, help="the first column's heading")
    args = ap.parse_args()
    print("| %s | median (ms) | p90 (ms) |" % args.header)
    print("| --- | ---: | ---: |")
    with open(args.json) as f:
        for r in json.load(f):
            p = r["primaryMetric"]["scorePercentiles"]
            print("| `%s` | %.1f | %.1f |" % (r["params"][args.param], p["50.0"], p["90.0"]))


if __name__ == "__main__":
    main()
