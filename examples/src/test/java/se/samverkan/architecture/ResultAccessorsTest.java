package se.samverkan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.costs.AssociationKey;
import se.samverkan.metrics.costs.AssociationYear;
import se.samverkan.metrics.costs.BorneCost;
import se.samverkan.metrics.costs.CostAttribution;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.EsfSplit;
import se.samverkan.metrics.costs.Financing;
import se.samverkan.metrics.costs.FunderShare;
import se.samverkan.metrics.costs.MemberShare;
import se.samverkan.metrics.costs.ProjectCosts;
import se.samverkan.metrics.costs.ProjectFinancing;
import se.samverkan.metrics.costs.UnitCosts;
import se.samverkan.metrics.followup.FollowUpReport;
import se.samverkan.metrics.followup.NationalFollowUp;
import se.samverkan.metrics.followup.ProjectFollowUp;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Project;

/**
 * One accessor style in the results: outside its {@code internal} packages, samverkan-metrics reads its
 * results with {@code x()} (like {@code ProjectResult.participants()}); only the model keeps bean getters. A
 * {@code getX()} that 0.1 code still calls stays as a deprecated alias of {@code x()}, and gives the same.
 */
class ResultAccessorsTest {

    private static final JavaClasses METRICS = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("se.samverkan.metrics");

    private static final Pattern BEAN_GETTER = Pattern.compile("get[A-Z]\\w*");

    /** The results that had bean getters in 0.1 and keep them, deprecated, until 1.0. */
    private static final List<Class<?>> WITH_ALIASES = List.of(AssociationKey.class, AssociationYear.class,
        BorneCost.class, CostAttribution.class, EsfSplit.class, Financing.class, FunderShare.class,
        se.samverkan.metrics.costs.KeyProblem.class, MemberShare.class, ProjectCosts.class, ProjectFinancing.class,
        UnitCosts.class, FollowUpReport.class, ProjectFollowUp.class);

    /** The rule, for the public classes of the packages under {@code root} outside {@code internal} ones. */
    private static ArchRule noBeanGetters(String root) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .and().areDeclaredInClassesThat().arePublic()
            .should(beNoBeanGetter());
    }

    @Test
    void no_public_result_outside_internal_packages_has_a_bean_getter_that_is_not_deprecated() {
        noBeanGetters("se.samverkan.metrics").check(METRICS);
    }

    @Test
    void the_rule_sees_a_bean_getter() {
        // A class of the rule's own shape: only the live, parameterless getter breaks it; the accessor, the
        // deprecated alias, the getter with a parameter and the boolean question do not.
        JavaClasses sample = new ClassFileImporter().importClasses(BeanShaped.class);
        EvaluationResult result = noBeanGetters("se.samverkan.architecture").evaluate(sample);
        assertThat(result.getFailureReport().getDetails()).hasSize(1).first().asString()
            .contains("BeanShaped.getTotal()");
    }

    /** Exists only to show what the rule finds. */
    public static final class BeanShaped {
        public int total() {
            return 1;
        }

        public int getTotal() {
            return total();
        }

        /** @deprecated an alias, as the 0.1 getters are now */
        @Deprecated
        public int getSum() {
            return total();
        }

        public int getShare(int part) {
            return part;
        }

        public boolean hasLines() {
            return false;
        }
    }

    @Test
    void every_deprecated_getter_gives_what_its_accessor_gives() throws Exception {
        Map<Class<?>, Integer> compared = new LinkedHashMap<>();
        CostSharing costs = CostSharing.create();
        try (DirectoryStream<Path> data = Files.newDirectoryStream(Path.of("data"), "*.json")) {
            for (Path file : data) {
                if (file.getFileName().toString().startsWith("valuation-")) {
                    continue;   // parameters, not a document
                }
                SamverkanDocument document = SamverkanJson.create().read(file);
                compare(costs.keys(document), compared);
                for (Project project : document.getProjects()) {
                    compare(costs.costAttribution(document, project), compared);
                    compare(costs.projectCosts(document, project.getId()), compared);
                }
                compare(NationalFollowUp.create().reports(document), compared);
            }
        }
        assertThat(compared.keySet()).containsAll(WITH_ALIASES.stream()
            .filter(type -> type != se.samverkan.metrics.costs.KeyProblem.class).toList());
    }

    @Test
    void a_key_problem_gives_the_same_through_its_deprecated_getters() throws Exception {
        // The sample documents have complete keys; this förbund's municipalities have population 0, so its
        // municipal key cannot be computed.
        SamverkanDocument document = SamverkanDocument.builder()
            .addParties(party("sf", PartyType.COORDINATION_ASSOCIATION, null),
                party("fk", PartyType.SOCIAL_INSURANCE_AGENCY, null),
                party("af", PartyType.PUBLIC_EMPLOYMENT_SERVICE, null), party("region", PartyType.REGION, null),
                party("m1", PartyType.MUNICIPALITY, 0L), party("m2", PartyType.MUNICIPALITY, 0L))
            .addAssociations(CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "m1", "m2")
                .build())
            .build();
        Map<Class<?>, Integer> compared = new LinkedHashMap<>();
        compare(CostSharing.create().keys(document), compared);
        assertThat(compared).containsKey(se.samverkan.metrics.costs.KeyProblem.class);
    }

    private static Party party(String id, PartyType type, Long population) {
        return Party.builder().id(id).name("Part " + id).type(type).population(Optional.ofNullable(population))
            .build();
    }

    /**
     * Compares, for a result of the metrics packages (or the results in an optional, a collection or a map's
     * values), every deprecated getter with its accessor, and does the same for what the accessors give.
     */
    private static void compare(Object value, Map<Class<?>, Integer> compared) throws Exception {
        if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                compare(optional.get(), compared);
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                compare(element, compared);
            }
        } else if (value instanceof Map<?, ?> map) {
            compare(map.values(), compared);
        } else if (value != null && value.getClass().getPackageName().startsWith("se.samverkan.metrics.")) {
            for (Method getter : value.getClass().getMethods()) {
                if (getter.isAnnotationPresent(Deprecated.class) && getter.getParameterCount() == 0
                    && BEAN_GETTER.matcher(getter.getName()).matches() && !Modifier.isStatic(getter.getModifiers())) {
                    String name = getter.getName().substring(3);
                    Method accessor = value.getClass().getMethod(Character.toLowerCase(name.charAt(0))
                        + name.substring(1));
                    assertThat(accessor.getReturnType()).isEqualTo(getter.getReturnType());
                    Object expected = accessor.invoke(value);
                    assertThat(getter.invoke(value)).as("%s.%s()", value.getClass().getSimpleName(), getter.getName())
                        .isEqualTo(expected);
                    compared.merge(value.getClass(), 1, Integer::sum);
                    compare(expected, compared);
                }
            }
        }
    }

    private static ArchCondition<JavaMethod> beNoBeanGetter() {
        return new ArchCondition<>("be no public bean getter (getX() without parameters) unless deprecated") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean getter = method.getModifiers().contains(JavaModifier.PUBLIC)
                    && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                    && method.getRawParameterTypes().isEmpty() && BEAN_GETTER.matcher(method.getName()).matches()
                    && !method.isAnnotatedWith(Deprecated.class);
                if (getter) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                        + " is a bean getter: results name their accessors x(), not getX()"));
                }
            }
        };
    }
}
