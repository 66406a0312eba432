package se.samverkan.json.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.metrics.structures.AssociationStructure;
import se.samverkan.metrics.structures.GroupFigures;
import se.samverkan.metrics.structures.GroupYear;
import se.samverkan.metrics.structures.MunicipalityCoverage;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.structure.GroupLevel;
import tools.jackson.core.JsonGenerator;

/**
 * The top-level {@code structures} array of the metrics output: per förbund its as-of date, the coverage of
 * each member municipality by level, and per group and year the meetings held and planned and the
 * attendance (see {@code docs/metrics.md}). Written only when the document has groups.
 */
final class StructuresOutput {

    private StructuresOutput() {
    }

    /**
     * Writes {@code "structures": [...]} when there are figures (the document has cooperation groups),
     * nothing otherwise.
     *
     * @param structures the figures, empty when the document has no groups
     */
    static void write(JsonGenerator json, List<AssociationStructure> structures) {
        if (structures.isEmpty()) {
            return;
        }
        json.writeName("structures");
        json.writeStartArray();
        for (AssociationStructure association : structures) {
            json.writeStartObject();
            nullable(json, "association", association.association().orElse(null));
            nullable(json, "asOf", association.asOf().map(LocalDate::toString).orElse(null));
            json.writeName("coverage");
            json.writeStartArray();
            for (MunicipalityCoverage coverage : association.coverage()) {
                json.writeStartObject();
                json.writeStringProperty("municipality", coverage.municipality());
                json.writeName("levels");
                json.writeStartObject();
                for (Map.Entry<GroupLevel, Boolean> level : coverage.levels().entrySet()) {
                    json.writeBooleanProperty(level.getKey().name(), level.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeName("groups");
            json.writeStartArray();
            for (GroupFigures group : association.groups()) {
                group(json, group);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void group(JsonGenerator json, GroupFigures group) {
        json.writeStartObject();
        json.writeStringProperty("id", group.id());
        json.writeName("years");
        json.writeStartArray();
        for (GroupYear year : group.years()) {
            json.writeStartObject();
            json.writeNumberProperty("year", year.year());
            json.writeNumberProperty("held", year.held());
            json.writeNumberProperty("planned", year.planned());
            percent(json, "attendance", year.attendance());
            json.writeName("attendanceByType");
            json.writeStartObject();
            for (Map.Entry<PartyType, Optional<BigDecimal>> type : year.attendanceByType().entrySet()) {
                percent(json, type.getKey().name(), type.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void percent(JsonGenerator json, String name, Optional<BigDecimal> value) {
        nullable(json, name, value.map(v -> v.setScale(1, RoundingMode.HALF_EVEN).toPlainString()).orElse(null));
    }

    private static void nullable(JsonGenerator json, String name, String value) {
        json.writeName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }
}
