package se.samverkan.cli;

import java.math.BigDecimal;
import java.text.NumberFormat;

import se.samverkan.metrics.disclosure.DisclosedCell;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.disclosure.PublishedFigure;
import se.samverkan.model.money.Amount;

/**
 * How the report writes its figures in the report's language: counts after disclosure control (the marker
 * for a hidden one), kronor with two decimals, percents with one, and "ej tillämpligt" / "not applicable"
 * for a figure that does not apply. Each figure becomes a {@link ReportCell} that keeps its value for the
 * spreadsheet; a hidden figure keeps nothing but the marker.
 */
final class ReportFormats {

    private final Messages messages;
    private final DisclosureControl disclosure;
    private final NumberFormat money;
    private final NumberFormat decimal;

    ReportFormats(Messages messages, DisclosureControl disclosure) {
        this.messages = messages;
        this.disclosure = disclosure;
        this.money = NumberFormat.getNumberInstance(messages.locale());
        this.money.setMinimumFractionDigits(2);
        this.money.setMaximumFractionDigits(2);
        this.decimal = NumberFormat.getNumberInstance(messages.locale());
        this.decimal.setMinimumFractionDigits(1);
        this.decimal.setMaximumFractionDigits(1);
    }

    String marker() {
        return disclosure.marker();
    }

    /** The text of a figure that does not apply (no participants to divide by, a goal not measurable). */
    String notApplicable() {
        return messages.text("report.notApplicable");
    }

    ReportCell na() {
        return ReportCell.text(notApplicable());
    }

    /** A published count: the number, or the marker when hidden. */
    ReportCell count(DisclosedCell cell) {
        return cell.isHidden() ? ReportCell.hidden(disclosure.marker())
            : ReportCell.figure(ReportCell.Kind.COUNT, BigDecimal.valueOf(cell.value().getAsInt()),
                cell.text(disclosure.marker()));
    }

    /** A count that is never hidden (goals, expected counts). */
    ReportCell count(long count) {
        return ReportCell.figure(ReportCell.Kind.COUNT, BigDecimal.valueOf(count), Long.toString(count));
    }

    ReportCell year(int year) {
        return ReportCell.figure(ReportCell.Kind.YEAR, BigDecimal.valueOf(year), Integer.toString(year));
    }

    ReportCell kronor(Amount amount) {
        return ReportCell.figure(ReportCell.Kind.MONEY, amount.toBigDecimal(), kronorText(amount));
    }

    /** A published amount (a unit cost): kronor, the marker when hidden, "not applicable" when undefined. */
    ReportCell kronor(PublishedFigure<Amount> figure) {
        if (figure.isHidden()) {
            return ReportCell.hidden(disclosure.marker());
        }
        return figure.value().map(this::kronor).orElseGet(this::na);
    }

    /** A percent already rounded to one decimal, such as 34.6. */
    ReportCell percent(BigDecimal percent) {
        return ReportCell.figure(ReportCell.Kind.PERCENT, percent, percentText(percent));
    }

    String kronorText(Amount amount) {
        return money.format(amount.toBigDecimal()) + " " + messages.text("report.currency");
    }

    String percentText(BigDecimal value) {
        return decimal.format(value) + " %";
    }

    String decimalText(BigDecimal value) {
        return decimal.format(value);
    }
}
