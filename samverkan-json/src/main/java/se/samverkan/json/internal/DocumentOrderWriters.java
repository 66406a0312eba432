package se.samverkan.json.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import se.samverkan.model.DocumentOrder;

/**
 * Writes the properties of every model value in the order the model decides ({@link DocumentOrder}), so
 * that the writer, the JSON Schema and the order of findings follow one source. Properties of other types
 * keep Jackson's order.
 */
final class DocumentOrderWriters extends ValueSerializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> orderProperties(SerializationConfig config, BeanDescription.Supplier description,
            List<BeanPropertyWriter> properties) {
        List<String> order = DocumentOrder.of(description.getBeanClass());
        if (order.isEmpty()) {
            return properties;
        }
        List<BeanPropertyWriter> ordered = new ArrayList<>(properties);
        // A name the model does not list (none should exist) keeps its place after the listed ones.
        ordered.sort(Comparator.comparingInt(writer -> {
            int index = order.indexOf(writer.getName());
            return index < 0 ? order.size() : index;
        }));
        return ordered;
    }
}
