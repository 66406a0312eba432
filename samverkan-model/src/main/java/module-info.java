/**
 * The samverkan domain model: parties, coordination associations (<i>samordningsförbund</i>),
 * interventions (<i>insatser</i>), participants (<i>deltagare</i>), exact money and periods, and their
 * validation with Swedish and English messages.
 */
module se.samverkan.model {
    requires static org.immutables.value.annotations;
    requires static org.jspecify;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports se.samverkan.model;
    exports se.samverkan.model.association;
    exports se.samverkan.model.budget;
    exports se.samverkan.model.goal;
    exports se.samverkan.model.money;
    exports se.samverkan.model.participant;
    exports se.samverkan.model.party;
    exports se.samverkan.model.problem;
    exports se.samverkan.model.project;
    exports se.samverkan.model.range;
    exports se.samverkan.model.structure;
    exports se.samverkan.model.time;
    exports se.samverkan.model.validation;
    exports se.samverkan.model.valuation;

    // Hibernate Validator instantiates the constraint validators reflectively. The constrained values
    // need no opening: their getters are public methods of public types in exported packages.
    opens se.samverkan.model.validation.internal to org.hibernate.validator;
}
