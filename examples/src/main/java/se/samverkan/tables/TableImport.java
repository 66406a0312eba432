package se.samverkan.tables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;

/**
 * Reads a table kept in Excel (XLSX, first sheet) or saved as CSV into a samverkan document: the
 * participations of participants, or the budget and outcome lines of projects, added to a header
 * document.
 *
 * <p>Guarantees: the whole table is checked before anything is returned, and every bad cell is reported
 * (row, column, value, reason in Swedish and English) in one {@link TableImportException}; a table that
 * imports gives a document whose JSON the reader accepts (whether the data also satisfy the field rules
 * and reporting rules is for validation to say). Rows are read one at a time: the table is never held
 * whole, only the participants or lines built from it. Column names, cell values and encodings accepted
 * are described in {@code docs/cli.md}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TableImport {

    private final SamverkanDocument header;

    private TableImport(SamverkanDocument header) {
        this.header = header;
    }

    /**
     * An import into a header document.
     *
     * @param header the document the table's rows are added to, not null
     * @return the import, never null
     * @throws NullPointerException if {@code header} is null
     */
    public static TableImport into(SamverkanDocument header) {
        return new TableImport(Objects.requireNonNull(header, "header"));
    }

    /**
     * Reads a table and adds its rows to the header document: participants after the header's own
     * (rows with one participant id form one participant, in the order of their first row), or budget
     * and outcome lines after the lines of their project.
     *
     * @param table the CSV or XLSX file, not null
     * @param kind what the table holds, not null
     * @return the header document with the table's rows added, never null
     * @throws NullPointerException if an argument is null
     * @throws TableImportException if any cell or heading is bad (nothing is returned then)
     * @throws IOException if the file cannot be read, or is neither CSV nor XLSX
     */
    public SamverkanDocument read(Path table, TableKind kind) throws IOException, TableImportException {
        return read(table, kind, problem -> { });
    }

    /**
     * Reads a table as {@link #read(Path, TableKind)} does, handing each problem to a listener as soon as
     * it is found (so that a table with any number of bad cells can be reported in full).
     *
     * @param table the CSV or XLSX file, not null
     * @param kind what the table holds, not null
     * @param listener called with each problem in the order found, not null
     * @return the header document with the table's rows added, never null
     * @throws NullPointerException if an argument is null
     * @throws TableImportException if any cell or heading is bad (nothing is returned then)
     * @throws IOException if the file cannot be read, or is neither CSV nor XLSX
     */
    public SamverkanDocument read(Path table, TableKind kind, Consumer<CellProblem> listener)
        throws IOException, TableImportException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(kind, "kind");
        Problems problems = new Problems(Objects.requireNonNull(listener, "listener"));
        try (RawTable rows = RawTable.open(table)) {
            Header columns = Header.of(rows.header(), kind, problems);
            if (!columns.complete(kind)) {
                problems.throwIfAny();
            }
            return kind == TableKind.PARTICIPATIONS ? participations(rows, columns, problems)
                : budget(rows, columns, problems);
        }
    }

    private SamverkanDocument participations(RawTable rows, Header columns, Problems problems)
        throws IOException, TableImportException {
        ParticipationRows participations = new ParticipationRows(columns, problems);
        while (rows.next()) {
            participations.accept(rows.cells(), rows.row());
        }
        List<Participant> added = participations.participants();
        problems.throwIfAny();
        List<Participant> all = new ArrayList<>(header.getParticipants().size() + added.size());
        all.addAll(header.getParticipants());
        all.addAll(added);
        return SamverkanDocument.builder().from(header).participants(all).build();
    }

    private SamverkanDocument budget(RawTable rows, Header columns, Problems problems)
        throws IOException, TableImportException {
        Set<String> projects = header.getProjects().stream().map(Project::getId).collect(Collectors.toSet());
        BudgetRows lines = new BudgetRows(columns, problems, projects);
        while (rows.next()) {
            lines.accept(rows.cells(), rows.row());
        }
        problems.throwIfAny();
        return SamverkanDocument.builder().from(header).projects(lines.projects(header.getProjects())).build();
    }
}
