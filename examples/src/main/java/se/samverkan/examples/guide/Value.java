package se.samverkan.examples.guide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import se.samverkan.json.SamverkanJson;
import se.samverkan.json.ValuationJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.valuation.ProjectValuation;
import se.samverkan.metrics.valuation.ValuationResult;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * Guide example: the socio-economic valuation (<i>samhällsekonomisk kalkyl</i>) of every insats: what the
 * public payers save when participants leave public support, over a horizon, against what they paid.
 */
public final class Value {

    private Value() {
    }

    /**
     * Prints the valuation of the document {@code args[0]} with the parameters {@code args[1]}.
     *
     * @param args the paths of the document and of the parameters
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        // tag::print[]
        for (ValuationResult result : valuation(Path.of(args[0]), Path.of(args[1]))) {
            System.out.println(result.projectId() + ": " + result.valued() + " valued, value "
                + result.total().horizonValue() + " kr over " + result.horizonYears() + " years, cost "
                + result.total().cost() + " kr, net " + result.total().net() + " kr");
        }
        System.out.println(ValuationResult.caveat(Locale.ENGLISH));
        // end::print[]
    }

    /**
     * The valuation of every insats of a document over its own period.
     *
     * @param document the document, not null
     * @param parameters the valuation parameters (a JSON file), not null
     * @return one result per insats, in document order, never null
     * @throws se.samverkan.json.SamverkanJsonException if a file is not readable
     * @throws IOException if a file cannot be read
     */
    // tag::value[]
    public static List<ValuationResult> valuation(Path document, Path parameters) throws IOException {
        SamverkanDocument read = SamverkanJson.create().read(document);
        ValuationParameters prices = ValuationJson.create().readParameters(parameters);
        return ProjectValuation.of(prices, MeasurementScope.projectPeriod()).compute(read);
    }
    // end::value[]
}
