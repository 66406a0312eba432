/**
 * The samverkan model (<i>samverkansdokument</i>, docs/format.md): the document and its one property order.
 * Every value is immutable; nothing in this package is null unless marked {@code @Nullable}.
 */
@NullMarked
package se.samverkan.model;

import org.jspecify.annotations.NullMarked;
