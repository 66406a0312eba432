package se.samverkan.examples.guide;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import se.samverkan.json.DocumentWriter;
import se.samverkan.json.ParticipantReader;
import se.samverkan.json.SamverkanJson;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;

/**
 * Guide example: writing a large document one participant (<i>deltagare</i>) at a time, here a copy of a
 * register that keeps only the participants who started on or after a date, without ever holding the
 * register in memory.
 */
public final class StreamWrite {

    private StreamWrite() {
    }

    /**
     * Copies document {@code args[0]} to {@code args[1]}, keeping the participants with a participation
     * started on or after {@code args[2]} (an ISO date).
     *
     * @param args the source, the target and the date
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        System.out.println(startedFrom(Path.of(args[0]), Path.of(args[1]), LocalDate.parse(args[2]))
            + " participants written");
    }

    /**
     * Copies a document, keeping only the participants with a participation started on or after a date.
     *
     * @param from the document, not null
     * @param to the copy, not null; replaced
     * @param date the first start date kept, not null
     * @return the number of participants written
     * @throws IOException if a file cannot be read or written
     */
    // tag::write[]
    public static int startedFrom(Path from, Path to, LocalDate date) throws IOException {
        SamverkanJson json = SamverkanJson.create();
        int written = 0;
        try (ParticipantReader reader = json.openParticipants(from);
             OutputStream out = Files.newOutputStream(to)) {
            SamverkanDocument header = reader.header();
            DocumentWriter writer = json.writer(out).header(header);
            while (reader.hasNext()) {
                Participant participant = reader.next();
                if (participant.getParticipations().stream().anyMatch(p -> !p.getStart().isBefore(date))) {
                    writer.participant(participant);
                    written++;
                }
            }
            writer.finish();   // only now is the document whole: after a failure it stays unreadable
        }
        return written;
    }
    // end::write[]
}
