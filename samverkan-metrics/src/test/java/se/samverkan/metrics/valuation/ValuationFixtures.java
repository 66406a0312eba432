package se.samverkan.metrics.valuation;

import java.math.BigDecimal;
import java.util.List;
import se.samverkan.metrics.Fixtures;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Project;
import se.samverkan.model.valuation.ImmutableValuationParameters;
import se.samverkan.model.valuation.Payer;
import se.samverkan.model.valuation.SourceCost;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * A small document for the valuation tests: a förbund (FK, AF, one region, one municipality) that puts
 * 180 000 kr into the insats in 2008, and a non-profit association that pays a 10 000 kr line itself.
 * By the förbund key FK bears 90 000, the region 45 000 and the municipality 45 000; AF pays nothing.
 */
final class ValuationFixtures {

    static final List<Party> PARTIES = List.of(
        Party.builder().id("sf-umea").name("Förbundet").type(PartyType.COORDINATION_ASSOCIATION).build(),
        Party.builder().id("fk").name("Försäkringskassan").type(PartyType.SOCIAL_INSURANCE_AGENCY).build(),
        Party.builder().id("af").name("Arbetsförmedlingen").type(PartyType.PUBLIC_EMPLOYMENT_SERVICE).build(),
        Party.builder().id("region").name("Regionen").type(PartyType.REGION).build(),
        Party.builder().id("umea").name("Kommunen").type(PartyType.MUNICIPALITY).build(),
        Party.builder().id("ideell").name("Föreningen").type(PartyType.NON_PROFIT).build());

    static final CoordinationAssociation FORBUND =
        CoordinationAssociation.builder().id("sf-umea").addMembers("fk", "af", "region", "umea").build();

    private ValuationFixtures() {
    }

    static Project project() {
        return Fixtures.project(Fixtures.PROJECT, Fixtures.period("2008-03-01", "2010-02-28"))
            .budget(Budget.builder()
                .addLines(BudgetLine.builder().year(2008).category(CostCategory.STAFF).item("Koordinator")
                    .amount(Amount.parse("180000")).build())
                .addLines(BudgetLine.builder().year(2009).category(CostCategory.OTHER).item("Fika")
                    .amount(Amount.parse("10000")).fundedBy("ideell").build())
                .build())
            .build();
    }

    static SamverkanDocument document(List<se.samverkan.model.participant.Participant> participants) {
        return SamverkanDocument.builder().parties(PARTIES).addAssociations(FORBUND).addProjects(project())
            .participants(participants).build();
    }

    /**
     * Sickness benefit 180 000 (FK), social assistance 120 000 (municipality), activity support 90 000
     * (AF); work worth 300 000 a year; H = 3, r = 0.25, p = 0.5, so q = 0.5 / 1.25 = 0.4 and
     * F = 1 + 0.4 + 0.16 = 1.56; deadweight 0.1.
     */
    static ImmutableValuationParameters.Builder parameters() {
        return ValuationParameters.builder()
            .horizonYears(3).discountRate(new BigDecimal("0.25")).persistence(new BigDecimal("0.5"))
            .deadweight(new BigDecimal("0.1"))
            .employmentAnnualValue(Amount.parse("300000"))
            .putIncomeSources(IncomeSource.SICKNESS_BENEFIT, SourceCost.of(Amount.parse("180000"),
                Payer.SOCIAL_INSURANCE_AGENCY))
            .putIncomeSources(IncomeSource.SOCIAL_ASSISTANCE, SourceCost.of(Amount.parse("120000"), Payer.MUNICIPALITY))
            .putIncomeSources(IncomeSource.ACTIVITY_SUPPORT, SourceCost.of(Amount.parse("90000"),
                Payer.PUBLIC_EMPLOYMENT_SERVICE));
    }

    /** An ended participation in the test project with the given income sources. */
    static Participation ended(String start, String end, List<IncomeSource> atStart, List<IncomeSource> atEnd) {
        return Fixtures.ended(start, end, ExitOutcome.OTHER).incomeAtStart(atStart).incomeAtEnd(atEnd).build();
    }
}
