package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.metrics.rules.Rule;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.money.Share;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;

/**
 * The reporting rules and the cost sharing decide whether a förbund key can be computed alike: over
 * generated förbund (members of any type, twice or unknown, units in chains that may break or loop,
 * populations missing or 0, population or agreed keys with any shares), each reason the metrics give for
 * not computing a key is a finding of the rules, a {@code KEY_INCOMPLETE} one at the very same pointer
 * when it is the key's own, and a key the rules accept is computed.
 */
class RulesAndCostsAgreeProperties {

    private static final ReportingRules RULES = ReportingRules.create();
    private static final List<String> IDS = List.of("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7");
    private static final Set<KeyProblemType> THE_KEYS_OWN = EnumSet.of(KeyProblemType.MISSING_POPULATION,
        KeyProblemType.ZERO_POPULATION, KeyProblemType.SHARE_MISSING, KeyProblemType.DUPLICATE_SHARE,
        KeyProblemType.SEVERAL_SOCIAL_INSURANCE_AGENCIES);
    private static final Set<Rule> KEY_RULES = EnumSet.of(Rule.KEY_INCOMPLETE, Rule.ASSOCIATION_MEMBERS_INCOMPLETE,
        Rule.FUNDING_SHARES_NOT_WHOLE, Rule.UNKNOWN_REFERENCE);

    @Property(tries = 400)
    void a_key_the_metrics_cannot_compute_has_a_finding_and_one_the_rules_accept_is_computed(
        @ForAll("documents") SamverkanDocument document) {
        List<KeyProblem> problems = CostSharing.create().key(document, "sf").orElseThrow().problems();
        List<Finding> findings = RULES.check(document);
        Set<String> keyFindings = findings.stream().filter(f -> f.rule() == Rule.KEY_INCOMPLETE)
            .map(Finding::path).collect(Collectors.toSet());
        for (KeyProblem problem : problems) {
            boolean own = THE_KEYS_OWN.contains(problem.type())
                || problem.type() == KeyProblemType.SHARE_FOR_NON_MEMBER
                    && problem.party().filter(IDS::contains).isPresent();
            if (own) {
                assertThat(keyFindings).as("%s", problem).contains(problem.path());
            }
        }
        assertThat(problems.stream().map(KeyProblem::path).collect(Collectors.toSet()))
            .as("every KEY_INCOMPLETE is a reason the key is not computed").containsAll(keyFindings);
        boolean accepted = findings.stream().noneMatch(f -> KEY_RULES.contains(f.rule()));
        assertThat(problems.isEmpty() || !accepted).as("problems %s, findings %s", problems, findings).isTrue();
        if (accepted) {
            assertThat(problems).isEmpty();
        }
    }

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        Arbitrary<PartyType> types = Arbitraries.of(PartyType.SOCIAL_INSURANCE_AGENCY,
            PartyType.PUBLIC_EMPLOYMENT_SERVICE, PartyType.REGION, PartyType.REGION, PartyType.MUNICIPALITY,
            PartyType.MUNICIPALITY, PartyType.MUNICIPALITY, PartyType.OTHER_PUBLIC);
        Arbitrary<Optional<Long>> populations = Arbitraries.of(0L, 0L, 1L, 1_000L).optional(0.8);
        Arbitrary<Optional<String>> parents = Arbitraries.of("p0", "p1", "p2", "p3", "ghost").optional(0.15);
        Arbitrary<List<Party>> parties = Combinators.combine(IDS.stream()
            .map(id -> Combinators.combine(types, populations, parents).as((type, population, parent) ->
                (Party) Party.builder().id(id).name("Part " + id).type(type).population(population)
                    .parent(parent.filter(p -> !p.equals(id))).build()))
            .toList()).as(ArrayList::new);
        Arbitrary<String> references = Arbitraries.of("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "ghost");
        Arbitrary<List<String>> members = references.list().ofMaxSize(9);
        Arbitrary<KeyShare> share = Combinators.combine(references, Arbitraries.of("0.25", "0.5", "1"))
            .as((party, value) -> KeyShare.of(party, Share.parse(value)));
        Arbitrary<CostKey> keys = Arbitraries.oneOf(Arbitraries.just(CostKey.population()),
            share.list().ofMaxSize(4).map(CostKey::agreed));
        return Combinators.combine(parties, members, keys, keys).as((p, m, municipal, regional) ->
            SamverkanDocument.builder().parties(p)
                .addParties(Party.builder().id("sf").name("Förbundet").type(PartyType.COORDINATION_ASSOCIATION).build())
                .addAssociations(CoordinationAssociation.builder().id("sf")
                .members(m).municipalKey(municipal).regionalKey(regional).build()).build());
    }
}
