"""Writes the results table of bench/run as Markdown and prints it. Usage: table.py RESULTS.json RESULTS.md"""
import json
import platform
import subprocess
import sys

rows = json.load(open(sys.argv[1]))
cpu = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
head = "| benchmark | Podium | baseline | ratio | goal | verdict | measured |\n|---|---|---|---|---|---|---|\n"
body = "".join(f"| {r['name']} | {r['figure']} {r['unit']} | {r['baseline']} | {r['ratio']} | {r['goal']} | {r['verdict']} "
               f"| {r.get('measured', '-')} |\n" for r in rows)
details = "".join(f"- **{r['name']}**: {r['detail']}\n" for r in rows if r.get("detail"))
open(sys.argv[2], "w").write(f"# Podium benchmark results\n\n`bash bench/run` on {cpu} cores ({platform.platform()}). "
                             "Each row says when it was measured; a ratio always compares Podium and its baseline "
                             f"measured in the same run, one right after the other.\n\n{head}{body}\n## Details\n\n{details}")
print("\n" + head + body)
