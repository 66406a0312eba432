package se.samverkan.metrics.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.SurveyQuestion;

/**
 * {@link Rule#SURVEY_ANSWER_OUT_OF_SCALE}: every answer to a question the project declares lies on the
 * question's scale. The message names the scale, never the answer.
 */
final class SurveyAnswerCheck implements ParticipantCheck {

    @Override
    public void accept(DocumentIndex index, int i, Participant participant, Findings findings) {
        List<Participation> participations = participant.getParticipations();
        for (int j = 0; j < participations.size(); j++) {
            Participation participation = participations.get(j);
            if (participation.getSurvey().isEmpty()) {
                continue;
            }
            int project = index.projectIndex(participation.getProject());
            if (project == DocumentIndex.UNKNOWN) {
                continue;
            }
            int position = 0;
            for (Map.Entry<String, Integer> answer : participation.getSurvey().entrySet()) {
                Optional<SurveyQuestion> question = index.question(project, answer.getKey());
                int value = answer.getValue();
                if (question.isPresent() && isOrdered(question.get())
                    && (value < question.get().getMin() || value > question.get().getMax())) {
                    findings.add(Rule.SURVEY_ANSWER_OUT_OF_SCALE,
                        Pointer.participation(i, j).property("survey").key(answer.getKey(), position), "scale",
                        answer.getKey(), Integer.toString(question.get().getMin()),
                        Integer.toString(question.get().getMax()));
                }
                position++;
            }
        }
    }

    /** A scale whose max lies below its min is a field rule ({@code ScaleOrder}); no answer is judged by it. */
    private static boolean isOrdered(SurveyQuestion question) {
        return question.getMin() <= question.getMax();
    }
}
