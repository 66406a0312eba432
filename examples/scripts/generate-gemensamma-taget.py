#!/usr/bin/env python3
"""Writes examples/data/gemensamma-taget-vuxna.json: the project Gemensamma taget Vuxna (Umeå, application
2007-11-08) as the application describes it (examples/data/README.md), with synthetic participants.

The project part (parties, budget, goals, expected tables, cohorts, resources) follows the application,
including its errors: the expected studies table prints wrong age-band totals, group 13 is listed under
2010 with dates in January 2009, and the tables' age bands 18-30 / 31-64 lie outside the 25-45 target group.

The participants are synthetic: pseudonymous ids p0001..., drawn from a fixed seed so the file is
reproducible. No real person is described. Run from the repository root:

    python3 examples/scripts/generate-gemensamma-taget.py > examples/data/gemensamma-taget-vuxna.json
"""
import datetime as dt
import json
import random
import sys

SEED = 20071108
PROJECT = "gt-vuxna"
PROJECT_END = dt.date(2010, 2, 28)
AS_OF_DATA = dt.date(2010, 2, 28)


def money(kronor):
    return "%d.00" % kronor


def budget():
    lines = []

    def line(category, item, amounts):
        for year, amount in zip((2008, 2009, 2010), amounts):
            if amount:
                lines.append({"year": year, "category": category, "item": item, "amount": money(amount)})

    line("STAFF", "Koordinator", (438000, 541000, 93000))
    line("EXTERNAL_SERVICES", "Handläggare socialtjänsten (50 %)", (175000, 217000, 37000))
    line("EXTERNAL_SERVICES", "Handläggare Viva (50 %)", (175000, 217000, 37000))
    line("OTHER", "Kostnader för rekrytering", (10000, 0, 0))
    line("OTHER", "Kick-off dag", (25000, 0, 0))
    line("OTHER", "Teambuilding-aktiviteter", (15000, 0, 0))
    line("OTHER", "Kompetensutveckling personal", (40000, 40000, 0))
    line("OTHER", "Handledning", (25000, 25000, 0))
    line("PARTICIPANT_ACTIVITIES", "Aktiviteter/friskvård deltagare", (60000, 85000, 10000))
    line("PARTICIPANT_ACTIVITIES", "Rehabpott", (150000, 150000, 0))
    line("TRAVEL", "Resor", (50000, 50000, 10000))
    line("OTHER", "Trycksaker/information", (10000, 10000, 0))
    line("OTHER", "Övriga kostnader (förbrukning, fika m.m.)", (25000, 30000, 5000))
    return {
        "lines": lines,
        "statedTotals": [{"year": 2008, "amount": money(1198000)}, {"year": 2009, "amount": money(1365000)},
                         {"year": 2010, "amount": money(192000)}],
        "statedGrandTotal": money(2755000),
    }


def table(women_young, women_old, men_young, men_old, row_women, row_men, col_young, col_old, total):
    """An expected table as the application prints it: rows men/women, columns 18-30 and 31-64."""
    return {
        "ageBands": [{"min": 18, "max": 30}, {"min": 31, "max": 64}],
        "cells": [{"gender": "WOMAN", "ageBand": 0, "value": women_young},
                  {"gender": "WOMAN", "ageBand": 1, "value": women_old},
                  {"gender": "MAN", "ageBand": 0, "value": men_young},
                  {"gender": "MAN", "ageBand": 1, "value": men_old}],
        "rowTotals": [{"gender": "WOMAN", "value": row_women}, {"gender": "MAN", "value": row_men}],
        "columnTotals": [{"ageBand": 0, "value": col_young}, {"ageBand": 1, "value": col_old}],
        "total": total,
    }


def survey_goal(goal_id, title, question):
    return {"id": goal_id, "title": title,
            "indicator": {"type": "SURVEY_SHARE", "question": question, "threshold": 1},
            "target": {"comparator": "AT_LEAST", "value": 100}}


COHORTS = [
    ("2008-03-31", "2008-04-03"), ("2008-04-14", "2008-05-16"), ("2008-08-11", "2008-09-19"),
    ("2008-09-29", "2008-10-31"), ("2008-11-10", "2008-12-12"), ("2009-01-12", "2009-02-06"),
    ("2009-02-16", "2009-03-13"), ("2009-03-23", "2009-04-24"), ("2009-05-04", "2009-06-05"),
    ("2009-08-10", "2009-09-11"), ("2009-09-21", "2009-10-23"), ("2009-11-02", "2009-12-04"),
    # Group 13 is listed under 2010 in the application, with these dates in January 2009.
    ("2009-01-11", "2009-02-12"),
]


def resource(party, role, extent, funded_by):
    return {"party": party, "role": role, "extent": extent,
            "fundedBy": [{"party": p, "share": s} for p, s in funded_by]}  # shares as plain decimal strings


def project():
    return {
        "id": PROJECT,
        "name": "Gemensamma taget Vuxna",
        "kind": "PROJECT",
        "orientation": "INDIVIDUAL",
        "measurement": "PERSON_LEVEL",
        "owner": "af",
        "financiers": ["sf-umea"],
        "partners": ["fk", "soc", "viva", "psyk"],
        "period": {"start": "2008-03-01", "end": "2010-02-28"},
        "targetGroup": {
            "description": "Kvinnor och män 25–45 år med oklara förutsättningar som stått utanför "
                           "arbetsmarknaden länge och som är i kontakt med minst två av de deltagande "
                           "myndigheterna.",
            "ageRange": {"min": 25, "max": 45},
            "priorityGroups": ["LONG_TERM_UNEMPLOYED", "MENTAL_ILL_HEALTH"],
            "minAuthorityContacts": 2,
            "municipalities": ["umea"],
            "estimatedSize": {"min": 200, "max": 300},
            "plannedParticipants": {"min": 80, "max": 100},
        },
        "goals": [
            {"id": "participants", "title": "Cirka 80–100 personer deltar under projekttiden",
             "indicator": {"type": "PARTICIPANTS_STARTED"},
             "target": {"comparator": "BETWEEN", "value": 80, "upper": 100},
             "breakdown": table(20, 30, 20, 30, 50, 50, 40, 60, 100)},
            {"id": "work", "title": "Minst 40 % finner, får och behåller ett arbete, med eller utan stöd",
             "indicator": {"type": "EXIT_OUTCOME_SHARE", "outcomes": ["EMPLOYMENT", "SUBSIDISED_EMPLOYMENT"]},
             "target": {"comparator": "AT_LEAST", "value": 40},
             "breakdown": table(5, 15, 5, 15, 20, 20, 10, 30, 40)},
            # The application prints the studies table's age-band totals as 0 and 10 (2 + 2 and 3 + 3).
            {"id": "studies", "title": "5 % går vidare till studier/utbildning",
             "indicator": {"type": "EXIT_OUTCOME_SHARE", "outcomes": ["STUDIES"]},
             "target": {"comparator": "AT_LEAST", "value": 5},
             "breakdown": table(2, 3, 2, 3, 5, 5, 0, 10, 10)},
            survey_goal("improved-life", "100 % upplever att livssituationen förbättrats", "improved-life"),
            survey_goal("quality", "100 % upplever att insatsen håller god kvalitet", "quality"),
            survey_goal("influence", "100 % upplever att de kan påverka sitt eget deltagande", "influence"),
        ],
        "budget": budget(),
        "resources": [
            resource("af", "Chef Arbetsförmedlingen, ordförande i styrgruppen", {"days": 7}, [("af", "1")]),
            resource("soc", "Chef socialtjänsten, styrgrupp", {"days": 7}, [("soc", "1")]),
            resource("viva", "Chef Viva, styrgrupp", {"days": 7}, [("viva", "1")]),
            resource("fk", "Chef Försäkringskassan, styrgrupp", {"days": 7}, [("fk", "1")]),
            resource("psyk", "Representant psykiatrin, styrgrupp", {"days": 7}, [("psyk", "1")]),
            resource("af", "Handläggare i rekryteringsgruppen", {"days": 34}, [("af", "1")]),
            resource("viva", "Handläggare i rekryteringsgruppen", {"days": 34}, [("viva", "1")]),
            resource("soc", "Handläggare i rekryteringsgruppen", {"days": 34}, [("soc", "1")]),
            resource("af", "Koordinator", {"fte": 1.0}, [("sf-umea", "1")]),
            resource("af", "Arbetsgivaransvarig handläggare", {"fte": 1.0}, [("af", "1")]),
            resource("soc", "Handläggare basprogram", {"fte": 1.0}, [("soc", "0.5"), ("sf-umea", "0.5")]),
            resource("viva", "Handläggare basprogram", {"fte": 1.0}, [("viva", "0.5"), ("sf-umea", "0.5")]),
            resource("psyk", "Rådgivare psykiatrin (2 timmar varannan vecka)", {"hoursPerWeek": 1}, [("psyk", "1")]),
            resource("fk", "Rådgivare Försäkringskassan", {"hoursPerWeek": 2}, [("fk", "1")]),
        ],
        "cohorts": [{"id": "grupp-%02d" % (i + 1), "number": i + 1, "period": {"start": s, "end": e},
                     "plannedSize": {"min": 6, "max": 8}} for i, (s, e) in enumerate(COHORTS)],
        "surveyQuestions": [
            {"id": "improved-life", "text": "Har din livssituation förbättrats av att du deltagit i projektet?",
             "min": 0, "max": 1},
            {"id": "quality", "text": "Tycker du att insatsen har hållit god kvalitet?", "min": 0, "max": 1},
            {"id": "influence", "text": "Har du kunnat påverka ditt eget deltagande?", "min": 0, "max": 1},
        ],
    }


# Exit outcomes drawn with these weights; ERRONEOUS_REGISTRATION is placed once by hand below.
OUTCOMES = [("EMPLOYMENT", 19), ("SUBSIDISED_EMPLOYMENT", 15), ("STUDIES", 6), ("JOB_SEEKING", 14),
            ("OTHER_SUPPORT", 14), ("HEALTH_CARE", 11), ("DISCONTINUED", 8), ("MOVED", 3), ("OTHER", 2)]
START_INCOME = [("SOCIAL_ASSISTANCE", 30), ("ACTIVITY_SUPPORT", 22), ("SICKNESS_BENEFIT", 12),
                ("ACTIVITY_COMPENSATION", 6), ("UNEMPLOYMENT_INSURANCE", 6), ("NO_INCOME", 8),
                ("SICKNESS_COMPENSATION", 4)]
EDUCATION = [("PRIMARY_UNDER_9_YEARS", 6), ("PRIMARY_9_YEARS", 30), ("UPPER_SECONDARY", 40),
             ("POST_SECONDARY_UNDER_3_YEARS", 10), ("POST_SECONDARY_3_YEARS_OR_MORE", 6), ("UNKNOWN", 8)]
AUTHORITIES = ["PUBLIC_EMPLOYMENT_SERVICE", "MUNICIPALITY", "SOCIAL_INSURANCE_AGENCY", "REGION"]
END_INCOME = {"EMPLOYMENT": ["EMPLOYMENT"], "SUBSIDISED_EMPLOYMENT": ["SUBSIDISED_EMPLOYMENT"],
              "STUDIES": ["STUDENT_FINANCE"]}


def weighted(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def participants():
    rng = random.Random(SEED)
    people = []
    number = 0
    for index, (start, _) in enumerate(COHORTS):
        cohort = "grupp-%02d" % (index + 1)
        start_date = dt.date.fromisoformat(start)
        for _ in range(7):
            number += 1
            pid = "p%04d" % number
            gender = "WOMAN" if rng.random() < 0.5 else "MAN"
            age = rng.randint(25, 45)
            anonymous = number in (9, 40, 77)
            person = {"id": pid, "anonymous": anonymous, "gender": gender, "birthYear": start_date.year - age}
            if not anonymous:
                person["educationLevel"] = weighted(rng, EDUCATION)
            participation = {"project": PROJECT, "start": start, "cohort": cohort}
            days = rng.randint(70, 330)
            end = start_date + dt.timedelta(days=days)
            ended = end <= AS_OF_DATA
            outcome = weighted(rng, OUTCOMES) if ended else None
            if ended:
                participation["end"] = end.isoformat()
                participation["exitOutcome"] = outcome
            if not anonymous:
                contacts = rng.sample(AUTHORITIES, rng.choice((2, 2, 3, 3, 4)))
                participation["authorityContacts"] = sorted(contacts, key=AUTHORITIES.index)
                income = weighted(rng, START_INCOME)
                participation["incomeAtStart"] = [income]
                if ended and rng.random() < 0.9:
                    participation["incomeAtEnd"] = END_INCOME.get(outcome, [income])
                if ended and rng.random() < 0.85:
                    good = 0.93 if outcome in ("EMPLOYMENT", "SUBSIDISED_EMPLOYMENT", "STUDIES") else 0.75
                    participation["survey"] = {q: (1 if rng.random() < good else 0)
                                               for q in ("improved-life", "quality", "influence")}
            person["participations"] = [participation]
            people.append(person)
    # Hand-placed cases a real register holds.
    # p0005: a registration made by mistake, corrected afterwards; excluded from every metric.
    wrong = people[4]["participations"][0]
    wrong["end"] = wrong["start"]
    wrong["exitOutcome"] = "ERRONEOUS_REGISTRATION"
    wrong.pop("incomeAtEnd", None)
    wrong.pop("survey", None)
    # p0012: 47 years old at start, outside the 25-45 target group.
    people[11]["birthYear"] = int(people[11]["participations"][0]["start"][:4]) - 47
    # p0030: in contact with only one authority.
    people[29]["participations"][0]["authorityContacts"] = ["MUNICIPALITY"]
    # p0003: discontinued early and enrolled again in group 9 after a documented change.
    first = people[2]["participations"][0]
    first["end"] = (dt.date.fromisoformat(first["start"]) + dt.timedelta(days=45)).isoformat()
    first["exitOutcome"] = "DISCONTINUED"
    first["incomeAtEnd"] = first["incomeAtStart"]
    first.pop("survey", None)
    people[2]["participations"].append({
        "project": PROJECT, "start": "2009-05-04", "end": "2009-12-18", "cohort": "grupp-09",
        "authorityContacts": first["authorityContacts"], "incomeAtStart": first["incomeAtStart"],
        "incomeAtEnd": ["SUBSIDISED_EMPLOYMENT"], "exitOutcome": "SUBSIDISED_EMPLOYMENT",
        "survey": {"improved-life": 1, "quality": 1, "influence": 1},
        "reenrolmentReason": "Behandling avslutad; ny gemensam bedömning i rekryteringsgruppen"})
    return people


def party(pid, name, ptype, **extra):
    result = {"id": pid, "name": name, "type": ptype}
    result.update(extra)
    return result


def document():
    return {
        "schemaVersion": "1",
        "parties": [
            party("fk", "Försäkringskassan", "SOCIAL_INSURANCE_AGENCY"),
            party("af", "Arbetsförmedlingen", "PUBLIC_EMPLOYMENT_SERVICE"),
            party("region-vb", "Västerbottens läns landsting", "REGION", population=257581),
            party("psyk", "Psykiatrin", "REGION", parent="region-vb"),
            party("umea", "Umeå kommun", "MUNICIPALITY", municipalityCode="2480", population=112728),
            party("soc", "Socialtjänsten", "MUNICIPALITY", parent="umea"),
            party("viva", "Viva kompetenscentrum", "MUNICIPALITY", parent="umea"),
            party("sf-umea", "Samordningsförbundet Umeå", "COORDINATION_ASSOCIATION"),
        ],
        "associations": [{
            "id": "sf-umea", "members": ["fk", "af", "region-vb", "umea"],
            "funding": [{"year": 2008, "total": money(6000000)}],
            "municipalKey": {"method": "POPULATION"}, "regionalKey": {"method": "POPULATION"}}],
        "projects": [project()],
        "participants": participants(),
    }


if __name__ == "__main__":
    json.dump(document(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
