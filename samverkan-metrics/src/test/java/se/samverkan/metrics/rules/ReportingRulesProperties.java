package se.samverkan.metrics.rules;

import se.samverkan.model.problem.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.ImmutableParty;
import se.samverkan.model.party.Party;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.ImmutableProject;
import se.samverkan.model.project.Project;
import se.samverkan.model.testing.ModelArbitraries;

/**
 * Properties of the reporting rules over generated documents: valid ones, ones that break any field
 * rule, and valid ones corrupted so that broken objects are still referenced (broken projects that
 * participations name, parent cycles, participations with any dates, outcomes and answers).
 */
class ReportingRulesProperties {

    private static final ReportingRules RULES = ReportingRules.create();

    @Property(tries = 200)
    void the_rules_never_throw_on_documents_that_break_field_rules(@ForAll("anyDocuments") SamverkanDocument document) {
        assertWellFormed(RULES.check(document));
    }

    @Property(tries = 150)
    void the_rules_never_throw_on_corrupted_documents(@ForAll("corruptedDocuments") SamverkanDocument document) {
        assertWellFormed(RULES.check(document));
    }

    @Property(tries = 150)
    void a_valid_consistent_document_breaks_no_rule_of_severity_error(
        @ForAll("validDocuments") SamverkanDocument document) {
        assertThat(RULES.check(document)).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }

    @Property(tries = 50)
    void the_same_document_always_gives_the_same_findings(@ForAll("corruptedDocuments") SamverkanDocument document) {
        assertThat(ReportingRules.create().check(document)).isEqualTo(RULES.check(document));
    }

    /**
     * Each finding is complete, at most one per rule and place, with a message in both languages (the messages
     * may quote the document's ids, which in these documents may hold any character).
     */
    private static void assertWellFormed(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        for (Finding finding : findings) {
            assertThat(finding.path()).startsWith("/");
            assertThat(finding.severity()).isEqualTo(finding.rule().severity());
            assertThat(seen.add(finding.rule() + " " + finding.path())).as("one finding per rule and path: %s", finding)
                .isTrue();
            for (String message : List.of(finding.message(), finding.message(Locale.ENGLISH))) {
                assertThat(message).isNotBlank();
            }
        }
    }

    @Provide
    Arbitrary<SamverkanDocument> anyDocuments() {
        return ModelArbitraries.anyDocuments();
    }

    @Provide
    Arbitrary<SamverkanDocument> validDocuments() {
        return ModelArbitraries.validDocuments();
    }

    @Provide
    Arbitrary<SamverkanDocument> corruptedDocuments() {
        return ModelArbitraries.validDocuments(2, 6).flatMap(document -> {
            List<String> partyIds = document.getParties().stream().map(Party::getId).toList();
            List<String> projectIds = document.getProjects().stream().map(Project::getId).toList();
            if (projectIds.isEmpty()) {
                return Arbitraries.just(document);
            }
            Arbitrary<List<Party>> parties = Combinators.combine(document.getParties().stream()
                .map(party -> Arbitraries.of(partyIds).optional(0.2)
                    .map(parent -> parent.isPresent() ? ImmutableParty.copyOf(party).withParent(parent) : party))
                .toList()).as(List::copyOf);
            Arbitrary<List<Project>> projects = Combinators.combine(document.getProjects().stream()
                .map(project -> Combinators.combine(ModelArbitraries.anyProjects(), Arbitraries.of(partyIds),
                        Arbitraries.of(partyIds).list().ofMaxSize(3), Arbitraries.of(true, false))
                    .as((any, owner, partners, broken) -> broken
                        ? (Project) ImmutableProject.copyOf(any).withId(project.getId()).withOwner(owner)
                            .withPartners(partners)
                        : project))
                .toList()).as(List::copyOf);
            return Combinators.combine(parties, projects).as((p, q) -> new Object[] {p, q}).flatMap(both -> {
                @SuppressWarnings("unchecked")
                List<Party> newParties = (List<Party>) both[0];
                @SuppressWarnings("unchecked")
                List<Project> newProjects = (List<Project>) both[1];
                List<String> cohortIds = newProjects.stream().flatMap(p -> p.getCohorts().stream())
                    .map(Cohort::getId).toList();
                Arbitrary<Optional<String>> cohort = cohortIds.isEmpty()
                    ? Arbitraries.just(Optional.empty())
                    : Arbitraries.of(cohortIds).optional(0.7);
                Arbitrary<Participation> inDocument = Combinators.combine(ModelArbitraries.anyParticipations(),
                        Arbitraries.of(projectIds), cohort)
                    .as((any, project, c) -> (Participation) ImmutableParticipation.copyOf(any).withProject(project)
                        .withCohort(c));
                Arbitrary<Participant> extra = Combinators.combine(ModelArbitraries.anyParticipants(),
                        inDocument.list().ofMaxSize(4))
                    .as((any, list) -> (Participant) ImmutableParticipant.copyOf(any).withParticipations(list));
                return extra.list().ofMaxSize(5).map(more -> {
                    List<Participant> participants = new ArrayList<>(document.getParticipants());
                    participants.addAll(more);
                    return (SamverkanDocument) SamverkanDocument.builder().from(document).parties(newParties)
                        .projects(newProjects).participants(participants).build();
                });
            });
        });
    }
}
