package se.samverkan.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A small document for disclosure tests: one person-level project in 2024 with a budget of 910 000 kr,
 * a share goal and a count goal on the exit outcomes given, and one participant per participation,
 * written as the JSON a user would feed the tool.
 */
final class SmallProject {

    /** One participation: gender, birth year, and exit outcome (null while ongoing). */
    record Participation(String gender, int birthYear, String outcome) {
    }

    private final List<Participation> participations = new ArrayList<>();
    private final List<String> goalOutcomes;

    SmallProject(List<String> goalOutcomes) {
        this.goalOutcomes = List.copyOf(goalOutcomes);
    }

    SmallProject add(int times, String gender, int birthYear, String outcome) {
        for (int i = 0; i < times; i++) {
            participations.add(new Participation(gender, birthYear, outcome));
        }
        return this;
    }

    List<String> goalOutcomes() {
        return goalOutcomes;
    }

    @Override
    public String toString() {
        return "SmallProject" + participations + " goal " + goalOutcomes;
    }

    String json() {
        String outcomes = String.join("\", \"", goalOutcomes);
        StringBuilder json = new StringBuilder();
        json.append("""
            { "schemaVersion": "1",
              "parties": [
                { "id": "fk", "name": "Försäkringskassan", "type": "SOCIAL_INSURANCE_AGENCY" },
                { "id": "af", "name": "Arbetsförmedlingen", "type": "PUBLIC_EMPLOYMENT_SERVICE" },
                { "id": "region", "name": "Region Norr", "type": "REGION" },
                { "id": "kommun", "name": "Norrby kommun", "type": "MUNICIPALITY", "municipalityCode": "2480" },
                { "id": "sf", "name": "Samordningsförbundet Norr", "type": "COORDINATION_ASSOCIATION" } ],
              "associations": [ { "id": "sf", "members": ["fk", "af", "region", "kommun"] } ],
              "projects": [ {
                "id": "liten", "name": "Liten insats", "kind": "PROJECT", "orientation": "INDIVIDUAL",
                "measurement": "PERSON_LEVEL", "owner": "af", "financiers": ["sf"], "partners": ["fk", "kommun"],
                "period": { "start": "2024-01-01", "end": "2024-12-31" },
                "targetGroup": { "description": "Unga vuxna", "ageRange": { "min": 16, "max": 64 },
                  "minAuthorityContacts": 0, "municipalities": ["kommun"] },
                "goals": [
                  { "id": "work", "title": "Andel till arbete",
                    "indicator": { "type": "EXIT_OUTCOME_SHARE", "outcomes": ["%1$s"] },
                    "target": { "comparator": "AT_LEAST", "value": 40 } },
                  { "id": "count", "title": "Antal till arbete",
                    "indicator": { "type": "EXIT_OUTCOME_COUNT", "outcomes": ["%1$s"] },
                    "target": { "comparator": "AT_LEAST", "value": 5 } } ],
                "budget": { "lines": [
                  { "year": 2024, "category": "STAFF", "item": "Koordinator", "amount": "910000.00" } ] } } ],
              "participants": [""".formatted(outcomes));
        for (int i = 0; i < participations.size(); i++) {
            Participation p = participations.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("""
                { "id": "d%03d", "anonymous": false, "gender": "%s", "birthYear": %d, "participations": [
                  { "project": "liten", "start": "2024-02-01"%s } ] }""".formatted(i, p.gender(), p.birthYear(),
                p.outcome() == null ? "" : ", \"end\": \"2024-09-30\", \"exitOutcome\": \"" + p.outcome() + "\""));
        }
        return json.append(" ] }\n").toString();
    }
}
