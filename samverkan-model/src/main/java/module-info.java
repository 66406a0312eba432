/**
 * The samverkan domain model: parties, coordination associations (<i>samordningsförbund</i>),
 * interventions (<i>insatser</i>), participants (<i>deltagare</i>), exact money and periods, and their
 * validation with Swedish and English messages.
 */
module se.samverkan.model {
    requires static org.immutables.value.annotations;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports se.samverkan.model;
    exports se.samverkan.model.association;
    exports se.samverkan.model.budget;
    exports se.samverkan.model.goal;
    exports se.samverkan.model.money;
    exports se.samverkan.model.participant;
    exports se.samverkan.model.party;
    exports se.samverkan.model.project;
    exports se.samverkan.model.range;
    exports se.samverkan.model.time;
    exports se.samverkan.model.validation;

    // Hibernate Validator reads the constraints and instantiates the constraint validators reflectively.
    opens se.samverkan.model to org.hibernate.validator;
    opens se.samverkan.model.association to org.hibernate.validator;
    opens se.samverkan.model.budget to org.hibernate.validator;
    opens se.samverkan.model.goal to org.hibernate.validator;
    opens se.samverkan.model.participant to org.hibernate.validator;
    opens se.samverkan.model.party to org.hibernate.validator;
    opens se.samverkan.model.project to org.hibernate.validator;
    opens se.samverkan.model.range to org.hibernate.validator;
    opens se.samverkan.model.time to org.hibernate.validator;
    opens se.samverkan.model.validation.internal to org.hibernate.validator;
}
