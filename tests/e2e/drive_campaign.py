#!/usr/bin/env python3
"""Drives a published campaign to completion through the reserve CLI, as an operator would: attests what
waits for attestation, records 述职, a ballot and the inspection, then takes the first forward action the
workflow permits (a nominee's first, else the campaign's), letting a day pass on --now when only time holds
it back. Used by the end-to-end scripts to reach a pool with reserves in it. Usage:
    drive_campaign.py <campaign-id> <start-iso-date>     (prints the final --now date)"""
import datetime, json, subprocess, sys

BACKWARD = {"withdraw", "not-select", "reject", "disqualify", "disqualify-registration", "cancel", "enter-directly"}
campaign, day = sys.argv[1], datetime.date.fromisoformat(sys.argv[2])
dll = __import__("os").environ["RESERVE_DLL"]

def r(*args, check=True):
    now = f"{day.isoformat()}T09:00:00+08:00"
    p = subprocess.run(["dotnet", dll, "--now", now, *args], capture_output=True, text=True)
    if check and p.returncode != 0:
        sys.exit(f"reserve {' '.join(args)} failed ({p.returncode}): {p.stderr.strip()}")
    return p.stdout

def j(*args):
    return json.loads(r(*args, "--json"))

c = j("campaign", "show", campaign)
for n in c["nominations"]:
    shown = j("nomination", "show", n["id"])
    for rule in shown.get("rules", []):
        if rule.get("outcome") == "pending":
            r("nomination", "attest", n["id"], "--rule", rule["id"])
    r("nomination", "debrief", n["id"], "--note", "述职", check=False)
    r("nomination", "inspect", n["id"], "--fit", "90%", "--basic", "10%", "--conclusion", "合格")
    r("ballots", "add", campaign, "--category", "群众", "--choices", n["name"], check=False)

for _ in range(80):
    c = j("campaign", "show", campaign)
    nominees = [j("nomination", "show", n["id"]) for n in c["nominations"]]
    if c["state"] == "completed":
        print(day.isoformat())
        sys.exit(0)
    moved = False
    for n in nominees:
        if n["state"] == "admitted":
            continue
        for a in n["actions"]:
            if a["permitted"] and a["id"] not in BACKWARD:
                r("nomination", "act", n["id"], a["id"])
                moved = True
                break
        if moved:
            break
    if moved:
        continue
    for a in c["actions"]:
        if a["permitted"] and a["id"] not in BACKWARD:
            r("campaign", "act", campaign, a["id"])
            moved = True
            break
    if not moved:
        day += datetime.timedelta(days=1)
sys.exit("the campaign did not complete")
